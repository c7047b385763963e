import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { opendir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JSONFile, TextFile } from 'lowdb/node';
import {
  AtomicWriter,
  dropUnfinishedWrites,
  isTempFile,
  makePrivateFolder,
  tempFileOf,
} from './atomicWriter.js';
import { DocumentCache } from './documentCache.js';
import { KeyedQueue } from './keyedQueue.js';
import type { Collection } from './repository.js';

const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_REMEMBERED_NAMES = 10_000;

/**
 * A folder of JSON documents, one file per document in lowdb's layout. A write rewrites a whole
 * file, so one file per conversation or record keeps a turn's write as small as its own data,
 * however many conversations are stored. Each write goes through a temp file that is synced and
 * renamed over the old one (AtomicWriter), so a crash leaves either the old or the new
 * document, never half of one. The folder and its files are for the bot's user alone.
 */
export class DocumentFolder<T> implements Collection<T> {
  private readonly queue = new KeyedQueue();
  private readonly cache: DocumentCache;
  private readonly indent: number | undefined;
  private readonly files = new Map<string, string>();
  private readonly writer: AtomicWriter;

  /**
   * `cached`: how many recently used documents to keep in memory as the JSON last read or
   * written. A cached read costs one `stat` instead of open, read, close and a parse of the
   * file; the `stat` sees any change by another process (an erasure, a hand edit). That `stat`
   * is synchronous: it asks the kernel's inode cache, a few microseconds, where the promise
   * version costs a thread-pool round trip and several allocations on every turn.
   * `compact`: one-line JSON, for documents written on every turn and never read by people.
   */
  constructor(
    readonly dir: string,
    options: { cached?: number; compact?: boolean } = {},
  ) {
    makePrivateFolder(dir);
    this.writer = new AtomicWriter(dir);
    this.cache = new DocumentCache(options.cached ?? 0);
    this.indent = options.compact ? undefined : 2;
  }

  /** The file name for an id: safe ids as they are (readable), anything else hashed. */
  static fileName(id: string): string {
    const name = SAFE_ID.test(id) ? id : createHash('sha256').update(id).digest('hex').slice(0, 40);
    return `${name}.json`;
  }

  async get(id: string): Promise<T | undefined> {
    return this.queue.run(id, () => this.read(id));
  }

  async put(id: string, document: T): Promise<void> {
    await this.queue.run(id, () => this.write(id, document));
  }

  /** Reads, changes and writes one document without another write in between. */
  async update(id: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.queue.run(id, async () => {
      const next = change(await this.read(id));
      if (next === undefined) await this.remove(id);
      else await this.write(id, next);
      return next;
    });
  }

  /** Removes the document, and the temp file a write cut short may have left of it. */
  async delete(id: string): Promise<void> {
    await this.queue.run(id, () => this.remove(id));
  }

  /**
   * Whether the document is stored: a `stat`, so an erasure by another process shows at once.
   * Only a missing file counts as gone; a folder that cannot be read (a broken disk) is a fault
   * for the writes to report, not an erasure.
   */
  exists(id: string): boolean {
    try {
      return statSync(this.file(id), { throwIfNoEntry: false }) !== undefined;
    } catch {
      return true;
    }
  }

  /**
   * Every document in the folder, read one at a time as the caller goes (for sweeps, listings
   * and reports, not for turns): memory stays that of one document however many are stored.
   * `unfinished`: also the documents in temp files of writes a crash cut short, where they
   * parse, for an erasure, which must find every copy of a resident's data.
   */
  async *each(options: { unfinished?: boolean } = {}): AsyncGenerator<T> {
    for await (const name of documentNames(this.dir)) {
      const file = join(this.dir, name);
      const document = await new JSONFile<T | null>(file).read().catch((error: unknown) => {
        throw new Error(`DocumentFolder.each(): ${file} is not valid JSON: ${String(error)}`);
      });
      if (document !== null) yield document;
    }
    if (!options.unfinished) return;
    for await (const name of entryNames(this.dir)) {
      if (!isTempFile(name)) continue;
      // Cut short mid-write, or being written by another process right now: nothing to parse.
      const document = await parsed<T>(join(this.dir, name));
      if (document !== undefined) yield document;
    }
  }

  /**
   * Removes the temp files of writes a crash cut short, if last changed before `before`. At start
   * that is every one; a sweep while other processes write passes a time some minutes back.
   */
  async dropUnfinished(before: Date): Promise<number> {
    return dropUnfinishedWrites(this.dir, before);
  }

  /**
   * The documents whose file was last written before `cutoff`, found by `stat` alone: a sweep
   * for old records then reads only those, not every record ever stored.
   */
  async *unchangedSince(cutoff: Date): AsyncGenerator<T> {
    for await (const name of documentNames(this.dir)) {
      const file = join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (!info || info.mtimeMs >= cutoff.getTime()) continue;
      const document = await new JSONFile<T | null>(file).read().catch(() => null);
      if (document !== null) yield document;
    }
  }

  /** Every document at once, for listings that sort them. */
  async all(): Promise<T[]> {
    const documents: T[] = [];
    for await (const document of this.each()) documents.push(document);
    return documents;
  }

  private file(id: string): string {
    // A state key ("webchat/conversations/…") is hashed to a name; a turn asks for the same few
    // keys several times, so the names of recent keys are remembered.
    let file = this.files.get(id);
    if (file === undefined) {
      file = join(this.dir, DocumentFolder.fileName(id));
      if (this.files.size >= MAX_REMEMBERED_NAMES) this.files.clear();
      this.files.set(id, file);
    }
    return file;
  }

  private async read(id: string): Promise<T | undefined> {
    const file = this.file(id);
    const cached = this.cache.get(id);
    if (cached !== undefined) {
      const info = statSync(file, { throwIfNoEntry: false });
      if (info && this.cache.isCurrent(id, info.size, info.mtimeMs)) return JSON.parse(cached);
      this.cache.delete(id);
    }
    // stat before reading: should the file change in between, the cached time is the older
    // one, and the next read sees the difference.
    const info = this.cache.enabled ? statSync(file, { throwIfNoEntry: false }) : undefined;
    const json = await new TextFile(file).read();
    if (json === null) return undefined;
    const document: T | null = JSON.parse(json);
    if (document === null) return undefined;
    if (info) this.cache.set(id, json, info.mtimeMs);
    return document;
  }

  /** The atomic write, in lowdb's JSON layout unless compact. */
  private async write(id: string, document: T): Promise<void> {
    const json = JSON.stringify(document, null, this.indent);
    const file = this.file(id);
    this.cache.delete(id);
    await this.writer.write(file, json);
    if (!this.cache.enabled) return;
    // Another process rewriting the file to the same size in the moment between the rename and
    // this stat would go unseen until the next write; Wegwijzer's own tools only delete files.
    const info = statSync(file, { throwIfNoEntry: false });
    if (info) this.cache.set(id, json, info.mtimeMs);
  }

  private async remove(id: string): Promise<void> {
    this.cache.delete(id);
    const file = this.file(id);
    await Promise.all([rm(file, { force: true }), rm(tempFileOf(file), { force: true })]);
  }
}

/** The names in a folder as the directory is read; none when the folder is gone. */
async function* entryNames(dir: string): AsyncGenerator<string> {
  const entries = await opendir(dir).catch(() => undefined);
  if (!entries) return;
  for await (const entry of entries) yield entry.name;
}

/** A file's JSON, or undefined when it is gone or does not parse. */
async function parsed<T>(file: string): Promise<T | undefined> {
  try {
    const document: T | null = JSON.parse(await readFile(file, 'utf8'));
    return document ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The document files of a folder as the directory is read, without holding all names at once
 * (100 000 names would be some 10 MB), and without the temp files of writes in flight.
 */
export async function* documentNames(dir: string): AsyncGenerator<string> {
  for await (const name of entryNames(dir)) {
    if (name.endsWith('.json') && !name.startsWith('.')) yield name;
  }
}

import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { opendir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JSONFile, TextFile } from 'lowdb/node';
import { KeyedQueue } from './keyedQueue.js';

const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_REMEMBERED_NAMES = 10_000;

/**
 * A folder of JSON documents, one lowdb file per document. lowdb rewrites a whole file on every
 * write, so one file per conversation or record keeps a turn's write as small as its own data,
 * however many conversations are stored. Each write goes to a temp file that is then renamed
 * over the old one, so a crash leaves either the old or the new document, never half of one.
 */
export class DocumentFolder<T> {
  private readonly queue = new KeyedQueue();
  private readonly cache: DocumentCache;
  private readonly indent: number | undefined;
  private readonly files = new Map<string, string>();

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
    mkdirSync(dir, { recursive: true });
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

  async delete(id: string): Promise<void> {
    await this.queue.run(id, () => this.remove(id));
  }

  /**
   * Every document in the folder, read one at a time as the caller goes (for sweeps, listings
   * and reports, not for turns): memory stays that of one document however many are stored.
   */
  async *each(): AsyncGenerator<T> {
    for await (const name of documentNames(this.dir)) {
      const file = join(this.dir, name);
      const document = await new JSONFile<T | null>(file).read().catch((error: unknown) => {
        throw new Error(`DocumentFolder.each(): ${file} is not valid JSON: ${String(error)}`);
      });
      if (document !== null) yield document;
    }
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

  /** lowdb's atomic write (a temp file renamed over the old one), in lowdb's JSON layout unless compact. */
  private async write(id: string, document: T): Promise<void> {
    const json = JSON.stringify(document, null, this.indent);
    const file = this.file(id);
    this.cache.delete(id);
    await new TextFile(file).write(json);
    if (!this.cache.enabled) return;
    // Another process rewriting the file to the same size in the moment between the rename and
    // this stat would go unseen until the next write; Wegwijzer's own tools only delete files.
    const info = statSync(file, { throwIfNoEntry: false });
    if (info) this.cache.set(id, json, info.mtimeMs);
  }

  private async remove(id: string): Promise<void> {
    this.cache.delete(id);
    await rm(this.file(id), { force: true });
  }
}

/**
 * The document files of a folder as the directory is read, without holding all names at once
 * (100 000 names would be some 10 MB), and without the temp files of writes in flight.
 */
export async function* documentNames(dir: string): AsyncGenerator<string> {
  const entries = await opendir(dir).catch(() => undefined);
  if (!entries) return;
  for await (const entry of entries) {
    if (entry.name.endsWith('.json') && !entry.name.startsWith('.')) yield entry.name;
  }
}

/**
 * The JSON of recently used documents, least recently used out first. An entry is current while
 * its file has the size and modification time it had when this process read or wrote it.
 */
class DocumentCache {
  private readonly entries = new Map<string, { json: string; size: number; mtimeMs: number }>();

  constructor(private readonly capacity: number) {}

  get enabled(): boolean {
    return this.capacity > 0;
  }

  get(id: string): string | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.json;
  }

  isCurrent(id: string, size: number, mtimeMs: number): boolean {
    const entry = this.entries.get(id);
    return entry !== undefined && entry.size === size && entry.mtimeMs === mtimeMs;
  }

  set(id: string, json: string, mtimeMs: number): void {
    if (!this.enabled) return;
    this.entries.delete(id);
    this.entries.set(id, { json, size: Buffer.byteLength(json), mtimeMs });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value ?? '');
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}

import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { KeyedQueue } from './keyedQueue.js';

const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * A folder of JSON documents, one lowdb file per document. lowdb rewrites a whole file on every
 * write, so one file per conversation or record keeps a turn's write as small as its own data,
 * however many conversations are stored. Each write goes to a temp file that is then renamed
 * over the old one, so a crash leaves either the old or the new document, never half of one.
 */
export class DocumentFolder<T> {
  private readonly queue = new KeyedQueue();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The file name for an id: safe ids as they are (readable), anything else hashed. */
  static fileName(id: string): string {
    const name = SAFE_ID.test(id) ? id : createHash('sha256').update(id).digest('hex').slice(0, 40);
    return `${name}.json`;
  }

  async get(id: string): Promise<T | undefined> {
    return this.queue.run(id, async () => (await this.open(id).adapter.read()) ?? undefined);
  }

  async put(id: string, document: T): Promise<void> {
    await this.queue.run(id, async () => {
      const { db } = this.open(id);
      db.data = document;
      await db.write();
    });
  }

  /** Reads, changes and writes one document without another write in between. */
  async update(id: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return this.queue.run(id, async () => {
      const { db, adapter } = this.open(id);
      const next = change((await adapter.read()) ?? undefined);
      if (next === undefined) {
        await rm(join(this.dir, DocumentFolder.fileName(id)), { force: true });
      } else {
        db.data = next;
        await db.write();
      }
      return next;
    });
  }

  async delete(id: string): Promise<void> {
    await this.queue.run(id, () => rm(join(this.dir, DocumentFolder.fileName(id)), { force: true }));
  }

  /** Every document in the folder, read one by one (for listings and reports, not for turns). */
  async all(): Promise<T[]> {
    const documents: T[] = [];
    for (const name of await this.fileNames()) {
      const file = join(this.dir, name);
      const document = await new JSONFile<T | null>(file).read().catch((error: unknown) => {
        throw new Error(`DocumentFolder.all(): ${file} is not valid JSON: ${String(error)}`);
      });
      if (document !== null) documents.push(document);
    }
    return documents;
  }

  /** The document files, without the temp files of writes in flight. */
  async fileNames(): Promise<string[]> {
    return (await readdir(this.dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  }

  private open(id: string): { db: Low<T | null>; adapter: JSONFile<T | null> } {
    const adapter = new JSONFile<T | null>(join(this.dir, DocumentFolder.fileName(id)));
    return { db: new Low<T | null>(adapter, null), adapter };
  }
}

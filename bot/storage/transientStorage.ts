import type { Storage, StoreItems } from 'botbuilder';
import { checkETag, nextETag } from './etag.js';

/** How much state TransientStorage holds at most, and for how long. */
export interface TransientLimits {
  /** Forgotten after this long without a turn; 4 hours unless set. */
  idleMs?: number;
  /** Conversations and residents held at most; 20 000 unless set. */
  maxEntries?: number;
  /**
   * Characters of JSON held at most, all entries together; 32 million unless set. A string with
   * one character beyond Latin-1 takes two bytes a character: 64 MB at worst, a third of the
   * heap `npm start` gives the server.
   */
  maxChars?: number;
  now?: () => number;
}

interface Entry {
  /** The item as JSON: what it weighs is its length, and each read parses a fresh copy. */
  json: string;
  eTag: string;
  touched: number;
}

/**
 * State kept in memory only, for conversations without consent to store. It is forgotten after
 * `idleMs` without a turn, so an abandoned chat leaves nothing behind, not even in memory. It
 * is bounded in entries and in size: beyond either limit the least recently used entries go
 * first (those residents start afresh), so a flood of new conversations cannot exhaust memory.
 */
export class TransientStorage implements Storage {
  // In the order of last use, oldest first: a read or a write moves an entry to the end.
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  private readonly idleMs: number;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly now: () => number;

  constructor(limits: TransientLimits = {}) {
    this.idleMs = limits.idleMs ?? 4 * 60 * 60 * 1000;
    this.maxEntries = limits.maxEntries ?? 20_000;
    this.maxChars = limits.maxChars ?? 32_000_000;
    this.now = limits.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.forgetIdle();
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      entry.touched = this.now();
      this.entries.delete(key);
      this.entries.set(key, entry);
      items[key] = JSON.parse(entry.json);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      const current = this.entries.get(key);
      checkETag(key, current && { eTag: current.eTag }, change);
      const eTag = nextETag();
      const json = JSON.stringify({ ...change, eTag });
      if (json.length > this.maxChars) {
        throw new Error(
          `TransientStorage.write(): "${key}" holds ${json.length} characters, more than the limit of ${this.maxChars}`,
        );
      }
      this.forget(key);
      this.entries.set(key, { json, eTag, touched: this.now() });
      this.chars += json.length;
    }
    this.evict();
  }

  /** Whether a key is held (and not yet forgotten). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.forget(key);
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.chars -= entry.json.length;
  }

  /** The least recently used go until both limits hold; the entries just written are the last. */
  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) return;
      this.forget(key);
    }
  }

  /** Entries are in the order of last use, so the idle ones are at the front. */
  private forgetIdle(): void {
    const oldest = this.now() - this.idleMs;
    for (const [key, entry] of this.entries) {
      if (entry.touched >= oldest) return;
      this.forget(key);
    }
  }
}

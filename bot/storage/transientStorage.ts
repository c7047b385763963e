import type { Storage, StoreItems } from 'botbuilder';
import { checkETag, nextETag } from './etag.js';

interface Entry {
  item: StoreItems[string];
  touched: number;
}

/**
 * State kept in memory only, for conversations without consent to store. It is forgotten after
 * `idleMs` without a turn, so an abandoned chat leaves nothing behind, not even in memory.
 */
export class TransientStorage implements Storage {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly idleMs = 4 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    this.forgetIdle();
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) items[key] = structuredClone(entry.item);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      checkETag(key, this.entries.get(key)?.item, change);
      this.entries.set(key, { item: { ...structuredClone(change), eTag: nextETag() }, touched: this.now() });
    }
  }

  /** Whether a key is held (and not yet forgotten). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  private forgetIdle(): void {
    const oldest = this.now() - this.idleMs;
    for (const [key, entry] of this.entries) if (entry.touched < oldest) this.entries.delete(key);
  }
}

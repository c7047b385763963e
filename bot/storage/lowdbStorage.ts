import type { Storage, StoreItems } from 'botbuilder';
import { checkETag, nextETag } from './etag.js';
import { DocumentFolder } from './documentFolder.js';

/** Bot Framework state (dialog stacks, conversation and resident data) in lowdb, one file per key. */
export class LowdbStorage implements Storage {
  private readonly folder: DocumentFolder<StoreItems[string]>;

  /**
   * `cached`: how many recently used conversations and residents to keep in memory (see
   * DocumentFolder). State is written on every turn and read by no one, so it is compact JSON.
   */
  constructor(dir: string, options: { cached?: number } = {}) {
    this.folder = new DocumentFolder(dir, { ...options, compact: true });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const read = await Promise.all(keys.map((key) => this.folder.get(key)));
    keys.forEach((key, index) => {
      const item = read[index];
      if (item !== undefined) items[key] = item;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes)) {
      // BotState always writes with eTag "*" (last write wins): nothing to compare, so the stored
      // document need not be read (and parsed) first. Other eTags are checked against it.
      if (change.eTag === '*' || change.eTag === undefined) {
        await this.folder.put(key, { ...change, eTag: nextETag() });
        continue;
      }
      await this.folder.update(key, (stored) => {
        checkETag(key, stored, change);
        return { ...change, eTag: nextETag() };
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.folder.delete(key);
  }

  /** Removes what writes cut short by a crash left behind, if last changed before `before`. */
  async dropUnfinished(before: Date): Promise<number> {
    return this.folder.dropUnfinished(before);
  }
}

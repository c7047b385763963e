import type { Storage, StoreItems } from 'botbuilder';
import type { TransientStorage } from './transientStorage.js';

/** True when a state item holds a property that records the resident's consent to store. */
export function hasConsent(item: StoreItems[string]): boolean {
  return Object.values(item).some(
    (value: unknown) =>
      typeof value === 'object' && value !== null && 'consent' in value && value.consent === true,
  );
}

/**
 * Sends state to disk only when the resident agreed to storing the conversation; everything else
 * stays in memory. A state item moves to disk at the turn consent is given, and is removed from
 * disk if consent is withdrawn.
 */
export class ConsentStorage implements Storage {
  constructor(
    private readonly stored: Storage,
    private readonly transient: TransientStorage,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const fromMemory = await this.transient.read(keys);
    const rest = keys.filter((key) => !(key in fromMemory));
    return { ...(rest.length > 0 ? await this.stored.read(rest) : {}), ...fromMemory };
  }

  async write(changes: StoreItems): Promise<void> {
    const toDisk: StoreItems = {};
    const toMemory: StoreItems = {};
    for (const [key, item] of Object.entries(changes)) {
      if (hasConsent(item)) toDisk[key] = item;
      else toMemory[key] = item;
    }
    const moved = Object.keys(toDisk);
    const kept = Object.keys(toMemory);
    if (moved.length > 0) {
      // Disk first: should that write fail (a full disk at the turn consent is given), the state
      // is still in memory and the resident's next message goes on from it.
      await this.stored.write(toDisk);
      await this.transient.delete(moved);
    }
    if (kept.length > 0) {
      // A key already in memory is not on disk: only a first write, or one after consent was
      // withdrawn, can leave a file behind to remove.
      const onDisk = kept.filter((key) => !this.transient.has(key));
      if (onDisk.length > 0) await this.stored.delete(onDisk);
      await this.transient.write(toMemory);
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.transient.delete(keys);
    await this.stored.delete(keys);
  }
}

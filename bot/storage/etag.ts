import type { StoreItem } from 'botbuilder';

/**
 * Bot Framework's optimistic concurrency: a write that carries an eTag other than "*" must match
 * the stored one, so two turns of one conversation cannot silently overwrite each other.
 */
export function checkETag(key: string, stored: StoreItem | undefined, incoming: StoreItem): void {
  const eTag = incoming['eTag'];
  if (stored === undefined || eTag === undefined || eTag === '*') return;
  if (stored['eTag'] !== eTag) {
    throw new Error(`Storage.write(): eTag conflict for "${key}": it was changed by another turn`);
  }
}

let counter = 0;

/** A new eTag for a write. */
export function nextETag(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter.toString(36)}`;
}

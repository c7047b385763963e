import type { Storage, StoreItems } from 'botbuilder';
import { DocumentFolder } from './documentFolder.js';
import type { Collection, Repository } from './repository.js';
import { SaveFailed } from './saveFailed.js';
import { type StorageHealth, type FolderWatch, isFileSystemError } from './storageHealth.js';

/**
 * Bot Framework state on disk, with its faults known: every failed write or delete throws
 * SaveFailed (a full disk, a read-only disk, or an eTag conflict: in each case the turn's state
 * was not saved) and tells the folder's health. Reads pass, and tell the health of a fault.
 */
export class WatchedStorage implements Storage {
  constructor(
    private readonly stored: Storage,
    private readonly watch: FolderWatch,
    private readonly where = 'state',
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.stored.read(keys);
    } catch (error) {
      this.watch.failed(error);
      throw error;
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.stored.write(changes);
    } catch (error) {
      this.watch.failed(error);
      throw new SaveFailed(this.where, error);
    }
    if (Object.keys(changes).length > 0) this.watch.worked();
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.stored.delete(keys);
    } catch (error) {
      this.watch.failed(error);
      throw new SaveFailed(this.where, error);
    }
    // Deleting a file that is not there succeeds even on a read-only disk: it proves nothing.
  }
}

/**
 * A collection whose file-system faults tell the folder's health, and throw SaveFailed when they
 * kept a document from being written. Other errors (a change refused by the caller's own check)
 * pass unchanged, for the caller to handle.
 */
function watchedCollection<T>(collection: Collection<T>, watch: FolderWatch, where: string): Collection<T> {
  const reading = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      watch.failed(error);
      throw error;
    }
  };
  /** `wrote`: whether the result shows a document reached the disk (a delete of nothing does not). */
  const writing = async <R>(work: () => Promise<R>, wrote: (result: R) => boolean): Promise<R> => {
    let result: R;
    try {
      result = await work();
    } catch (error) {
      watch.failed(error);
      throw isFileSystemError(error) ? new SaveFailed(where, error) : error;
    }
    if (wrote(result)) watch.worked();
    return result;
  };
  const always = () => true;
  const never = () => false;
  const documentLeft = (next: T | undefined) => next !== undefined;
  return {
    get: (id) => reading(() => collection.get(id)),
    put: (id, document) => writing(() => collection.put(id, document), always),
    update: (id, change) => writing(() => collection.update(id, change), documentLeft),
    delete: (id) => writing(() => collection.delete(id), never),
    exists: (id) => collection.exists(id),
    each: (options) => collection.each(options),
    unchangedSince: (cutoff) => collection.unchangedSince(cutoff),
    all: () => collection.all(),
    dropUnfinished: (before) => reading(() => collection.dropUnfinished(before)),
  };
}

/** The repository with each collection watched; a collection's folder is what its health probes. */
export function watchedRepository(
  repository: Repository,
  health: StorageHealth,
  dataDir: string,
): Repository {
  const watch = <T>(collection: Collection<T>, name: string): Collection<T> =>
    watchedCollection(
      collection,
      health.folder(collection instanceof DocumentFolder ? collection.dir : dataDir),
      name,
    );
  return {
    handovers: watch(repository.handovers, 'handovers'),
    intakes: watch(repository.intakes, 'intakes'),
    signals: watch(repository.signals, 'signals'),
    handoffs: watch(repository.handoffs, 'handoffs'),
    staff: watch(repository.staff, 'staff'),
    audit: watch(repository.audit, 'audit'),
  };
}

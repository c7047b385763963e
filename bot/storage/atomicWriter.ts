import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { open, opendir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Data files hold what residents told the bot: for the bot's own user alone. */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/** The temp file a write of `file` goes through: beside it, hidden, named after it. */
export function tempFileOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.tmp`);
}

/** Whether a name in a folder is a write's temp file (lowdb's writer named them the same way). */
export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.json.tmp');
}

/**
 * Removes the temp files in `dir` last changed before `before`: what writes cut short by a crash
 * left behind, which may hold what a resident typed. A write in flight changes its temp file
 * within milliseconds, so a time a few minutes back spares the writes of other processes.
 */
export async function dropUnfinishedWrites(dir: string, before: Date): Promise<number> {
  const entries = await opendir(dir).catch(() => undefined);
  if (!entries) return 0;
  let dropped = 0;
  for await (const entry of entries) {
    if (!isTempFile(entry.name)) continue;
    const file = join(dir, entry.name);
    const info = await stat(file).catch(() => undefined);
    if (!info || info.mtimeMs >= before.getTime()) continue;
    await rm(file, { force: true });
    dropped += 1;
  }
  return dropped;
}

/**
 * Creates a data folder that only the bot's user may enter (0700), and narrows an existing one:
 * with the folder closed, files from before 0600 was the rule are out of others' reach too.
 */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  if ((statSync(dir).mode & 0o777) !== FOLDER_MODE) chmodSync(dir, FOLDER_MODE);
}

/**
 * Writes whole files into one folder so that a crash or a power cut leaves the old content or
 * the new, never part of it: temp file, write, fsync, rename over the file, fsync the folder
 * (which makes the rename itself durable), all before the write resolves.
 */
export class AtomicWriter {
  private readonly folder: FolderSync;

  constructor(dir: string) {
    this.folder = new FolderSync(dir);
  }

  async write(file: string, text: string): Promise<void> {
    const temp = tempFileOf(file);
    try {
      const handle = await open(temp, 'w', FILE_MODE);
      try {
        await handle.writeFile(text);
        // fdatasync: the data and what is needed to read it back (the size), not the times; the
        // rename and the folder's sync below make the name durable.
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (error) {
      // A full disk must not leave a resident's text behind in a temp file.
      await rm(temp, { force: true });
      throw error;
    }
    await this.folder.sync();
  }
}

/**
 * fsyncs a folder. A write whose rename is done waits for a folder sync that starts after it;
 * the writes that finish while one sync runs share the next, so under load a folder sync
 * serves many writes instead of each paying its own.
 */
class FolderSync {
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  constructor(private readonly dir: string) {}

  sync(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.start();
    const after = () => {
      this.next = undefined;
      return this.start();
    };
    this.next = this.running.then(after, after);
    return this.next;
  }

  private start(): Promise<void> {
    const running = syncFolder(this.dir).finally(() => {
      if (this.running === running) this.running = undefined;
    });
    this.running = running;
    return running;
  }
}

async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

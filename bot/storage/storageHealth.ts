import { open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Log, errorFields } from '../log.js';

/** Why storage does not work, in words an operator's monitoring can match (no paths, no error text). */
export type StorageProblem = 'disk-full' | 'read-only' | 'unavailable';

/** What /healthz says of storage. */
export type StorageStatus = { ok: true } | { ok: false; problem: StorageProblem; since: string };

/** Hears how the work on one data folder went. */
export interface FolderWatch {
  /** A document was written: the folder can be written. */
  worked(): void;
  /** Something failed; only a file-system error (one with a `code`) says anything of the storage. */
  failed(error: unknown): void;
}

const PROBLEMS: Record<string, StorageProblem> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
};

/** The file-system error code behind an error, if it is one (looked for through `cause` as well). */
function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth += 1) {
    if ('code' in current && typeof current.code === 'string') return current.code;
    current = current.cause;
  }
  return undefined;
}

/** Whether an error came from the file system (a full disk, no permission), not from our own checks. */
export function isFileSystemError(error: unknown): boolean {
  return codeOf(error) !== undefined;
}

/**
 * Whether the data folders can be written, for /healthz. A folder fails with the first write that
 * fails, and works again with the next write that succeeds; while any folder fails, a timer tries
 * a small probe write in it every `probeMs`, so health comes back by itself even when no
 * resident's turn writes there. The timer only runs while something fails, and never throws.
 */
export class StorageHealth {
  private readonly failing = new Map<string, { problem: StorageProblem; since: Date }>();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(
    private readonly log: Log,
    private readonly probeMs = 5000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The watch for the documents in `dir`. */
  folder(dir: string): FolderWatch {
    return { worked: () => this.worked(dir), failed: (error) => this.failed(dir, error) };
  }

  status(): StorageStatus {
    let oldest: { problem: StorageProblem; since: Date } | undefined;
    for (const failure of this.failing.values())
      if (!oldest || failure.since < oldest.since) oldest = failure;
    return oldest ? { ok: false, problem: oldest.problem, since: oldest.since.toISOString() } : { ok: true };
  }

  /** Stops probing (when the server closes). */
  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private failed(dir: string, error: unknown): void {
    const code = codeOf(error);
    if (code === undefined) return;
    const problem = PROBLEMS[code] ?? 'unavailable';
    const known = this.failing.get(dir);
    this.failing.set(dir, { problem, since: known?.since ?? this.now() });
    if (!known) this.log.error('storage failing', { folder: dir, problem, code });
    if (!this.timer) {
      this.timer = setInterval(() => void this.probe().catch(() => undefined), this.probeMs);
      this.timer.unref();
    }
  }

  private worked(dir: string): void {
    if (!this.failing.delete(dir)) return;
    this.log.info('storage works again', { folder: dir });
    if (this.failing.size === 0) this.close();
  }

  /** One probe write in each failing folder; a timer's callback, so nothing may escape it. */
  private async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      for (const dir of [...this.failing.keys()]) {
        const error = await probeWrite(dir).then(
          () => undefined,
          (failure: unknown) => failure ?? new Error('probe failed'),
        );
        if (error === undefined) this.worked(dir);
        else this.failed(dir, error);
      }
    } catch (error) {
      this.log.error('storage probe failed', errorFields(error));
    } finally {
      this.probing = false;
    }
  }
}

/** Writes, syncs and removes a small file: what a document write needs of the folder. */
async function probeWrite(dir: string): Promise<void> {
  // A dot file without .json: never taken for a document by listings or sweeps.
  const file = join(dir, `.wegwijzer-probe-${process.pid}`);
  const handle = await open(file, 'w', 0o600);
  try {
    await handle.writeFile('probe');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await unlink(file);
}

import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statfsSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * How the data folder fails. Tests run as root, and root ignores chmod: what really fails a
 * write is a read-only mount, a full file system, or a path through a file (ENOTDIR).
 */
export type FaultKind = 'read-only' | 'full' | 'not-a-folder';

/** A fault that can be switched on and off while a server uses the folder. */
export interface DataFault {
  readonly kind: FaultKind;
  apply(): void;
  lift(): void;
  /** Undoes everything (mounts included); safe to call twice. */
  dispose(): void;
}

const FILLER = '.fuzz-filler';
// Room for the conversations of a short load; the filler takes the rest when the fault comes.
const TMPFS_SIZE = '32m';

// Mount points still mounted: unmounted when the process ends, however the tests end.
const mounted = new Set<string>();
process.once('exit', () => {
  for (const dir of mounted) unmount(dir);
});

function mount(...args: string[]): void {
  execFileSync('mount', args, { stdio: 'pipe' });
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // Busy (a process still has a file open there): detach it now, the kernel frees it later.
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  }
  mounted.delete(dir);
}

/** Whether this machine lets the suite mount (root with CAP_SYS_ADMIN); tried on a scratch folder. */
export function canMount(scratch: string): boolean {
  mkdirSync(scratch, { recursive: true });
  try {
    mount('--bind', scratch, scratch);
    unmount(scratch);
    return true;
  } catch {
    return false;
  }
}

function mountFault(kind: 'read-only' | 'full', dataDir: string): DataFault {
  if (kind === 'read-only') mount('--bind', dataDir, dataDir);
  else mount('-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', dataDir);
  mounted.add(dataDir);
  return {
    kind,
    apply() {
      if (kind === 'read-only') mount('-o', 'remount,bind,ro', dataDir);
      else fill(join(dataDir, FILLER), dataDir);
    },
    lift() {
      if (kind === 'read-only') mount('-o', 'remount,bind,rw', dataDir);
      else rmSync(join(dataDir, FILLER), { force: true });
    },
    dispose() {
      if (mounted.has(dataDir)) unmount(dataDir);
    },
  };
}

/** Writes `file` until the file system has no byte left. */
function fill(file: string, dir: string): void {
  const free = () => {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  };
  const fd = openSync(file, 'a');
  try {
    const block = Buffer.alloc(64 * 1024);
    for (let left = free(); left > 0; left = free()) {
      try {
        writeSync(fd, block, 0, Math.min(block.length, left));
      } catch {
        break;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** The fallback without mounts: every subfolder swapped for a file, so each path through it fails. */
function folderFault(dataDir: string): DataFault {
  const away = (name: string) => join(dataDir, `.${name}.away`);
  let swapped: string[] = [];
  return {
    kind: 'not-a-folder',
    apply() {
      swapped = readdirSync(dataDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
      for (const name of swapped) {
        renameSync(join(dataDir, name), away(name));
        writeFileSync(join(dataDir, name), '');
      }
    },
    lift() {
      for (const name of swapped) {
        rmSync(join(dataDir, name), { force: true });
        renameSync(away(name), join(dataDir, name));
      }
      swapped = [];
    },
    dispose() {
      this.lift();
    },
  };
}

/** Sets `dataDir` up for `kind` (before a server starts on it, for the mounts). */
export function prepareFault(kind: FaultKind, dataDir: string): DataFault {
  return kind === 'not-a-folder' ? folderFault(dataDir) : mountFault(kind, dataDir);
}

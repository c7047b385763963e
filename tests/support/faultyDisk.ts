import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIZE = '8m';

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A data folder on a small file system of its own (tmpfs), which a test makes full or read-only:
 * the faults of a real disk. Tests run as root, and root writes through any chmod, so only a
 * file system can refuse it. Mounting needs that permission too: `mountable` says whether it
 * is given here.
 */
export class FaultyDisk {
  private readonly filler: string;

  private constructor(readonly dir: string) {
    this.filler = join(dir, 'filler.bin');
  }

  /** Whether this machine lets the tests mount a tmpfs (root in a privileged container or VM). */
  static readonly mountable: boolean = (() => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-mount-check-'));
    const mounted = run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    if (mounted) run('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
    return mounted;
  })();

  static mount(): FaultyDisk {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-disk-'));
    if (!run('mount', ['-t', 'tmpfs', '-o', `size=${SIZE},mode=0700`, 'tmpfs', dir]))
      throw new Error(`FaultyDisk.mount(): cannot mount a tmpfs on ${dir}`);
    return new FaultyDisk(dir);
  }

  readOnly(): void {
    this.remount('ro');
  }

  writable(): void {
    this.remount('rw');
  }

  /** Fills the disk to the last byte: every write of a document fails with ENOSPC. */
  fill(): void {
    const fd = openSync(this.filler, 'w');
    try {
      for (const size of [1 << 20, 4096, 1]) {
        const chunk = Buffer.alloc(size, 1);
        for (;;) {
          try {
            if (writeSync(fd, chunk) < size) break;
          } catch {
            break;
          }
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  free(): void {
    rmSync(this.filler, { force: true });
  }

  unmount(): void {
    run('umount', ['-l', this.dir]);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private remount(mode: 'ro' | 'rw'): void {
    if (!run('mount', ['-o', `remount,${mode}`, this.dir]))
      throw new Error(`FaultyDisk: cannot remount ${this.dir} ${mode}`);
  }
}

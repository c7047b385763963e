import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp folder for one fuzz file, holding a fresh folder per server; removed at the end. */
export class TempFolders {
  readonly root = mkdtempSync(join(tmpdir(), 'wegwijzer-fuzz-'));
  private made = 0;
  private removed = false;

  /** A new empty folder under the root. */
  folder(name: string): string {
    if (this.removed) throw new Error(`TempFolders.folder(): ${this.root} is removed already`);
    this.made += 1;
    const dir = join(this.root, `${String(this.made).padStart(3, '0')}-${name}`);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** A data folder and a TMPDIR for one server. */
  serverFolders(name = 'server'): { dataDir: string; tmpDir: string } {
    const dir = this.folder(name);
    const dataDir = join(dir, 'data');
    const tmpDir = join(dir, 'tmp');
    mkdirSync(dataDir);
    mkdirSync(tmpDir);
    return { dataDir, tmpDir };
  }

  remove(): void {
    this.removed = true;
    rmSync(this.root, { recursive: true, force: true });
  }
}

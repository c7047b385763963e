import { mkdtempSync, realpathSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DocumentFolder } from '../../bot/storage/documentFolder.js';

/** What the writer asked of the file system, in order. */
const calls: string[] = [];

// The file system as the storage code sees it, with each open, fsync and rename noted down.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof real.open>): Promise<FileHandle> => {
    const handle = await real.open(...args);
    const path = String(args[0]);
    // fsync or fdatasync: either puts the file's data on disk.
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      calls.push(`fsync ${path}`);
      return sync();
    };
    const datasync = handle.datasync.bind(handle);
    handle.datasync = async () => {
      calls.push(`fsync ${path}`);
      return datasync();
    };
    return handle;
  };
  const rename = async (from: string, to: string) => {
    await real.rename(from, to);
    calls.push(`rename ${from} -> ${to}`);
  };
  return { ...real, default: { ...real, open, rename }, open, rename };
});

describe('a DocumentFolder write', () => {
  it('is on disk when it resolves: the file is synced before its rename, the folder after it', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'wegwijzer-durable-')));
    const folder = new DocumentFolder<{ n: number }>(dir);
    await folder.put('doc', { n: 1 });
    const done = [...calls];
    const temp = join(dir, '.doc.json.tmp');
    expect(done).toEqual([`fsync ${temp}`, `rename ${temp} -> ${join(dir, 'doc.json')}`, `fsync ${dir}`]);
  });

  it('shares a folder sync between writes that finish together, and still syncs after each rename', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'wegwijzer-durable-')));
    const folder = new DocumentFolder<{ n: number }>(dir);
    calls.length = 0;
    await Promise.all(Array.from({ length: 20 }, (_, n) => folder.put(`doc-${n}`, { n })));
    const lastRename = calls.map((call) => call.startsWith('rename')).lastIndexOf(true);
    expect(calls.slice(lastRename + 1), 'a folder sync after the last rename').toContain(`fsync ${dir}`);
    const folderSyncs = calls.filter((call) => call === `fsync ${dir}`).length;
    expect(folderSyncs).toBeGreaterThan(0);
    expect(folderSyncs).toBeLessThan(20);
  });
});

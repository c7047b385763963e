import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLog } from '../../bot/log.js';
import { StorageHealth } from '../../bot/storage/storageHealth.js';

/** A file-system error as Node gives it. */
function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: operation failed, open '/data/state/x.json'`), { code });
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('storage health', () => {
  it('names the problem of the first failing folder, and is well again when a write works', () => {
    const health = new StorageHealth(silentLog, 60_000);
    const state = health.folder('/data/state');
    const handovers = health.folder('/data/handovers');
    state.failed(fsError('ENOSPC'));
    handovers.failed(fsError('EROFS'));
    expect(health.status()).toMatchObject({ ok: false, problem: 'disk-full', since: expect.any(String) });
    state.worked();
    expect(health.status()).toMatchObject({ ok: false, problem: 'read-only' });
    handovers.worked();
    expect(health.status()).toEqual({ ok: true });
    health.close();
  });

  it('is not troubled by errors of our own checks, such as an eTag conflict', () => {
    const health = new StorageHealth(silentLog, 60_000);
    health.folder('/data/state').failed(new Error('Storage.write(): eTag conflict for "x"'));
    expect(health.status()).toEqual({ ok: true });
  });

  it('finds out by itself, with a probe write, that a folder works again', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wegwijzer-health-')), 'state');
    // A file where the folder should be: every write in it fails with ENOTDIR, also the probe's.
    writeFileSync(dir, 'not a folder');
    const health = new StorageHealth(silentLog, 10);
    health.folder(dir).failed(fsError('ENOTDIR'));
    expect(health.status()).toMatchObject({ ok: false, problem: 'unavailable' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(health.status().ok).toBe(false);
    rmSync(dir);
    mkdirSync(dir);
    await until(() => health.status().ok);
    health.close();
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaal } from '../../bot/analyser/taal.js';
import { KaartStore } from '../../bot/kaart/kaartStore.js';
import { TAAL_FILE } from '../../bot/paths.js';
import { createServer } from '../../bot/server.js';
import { SAMPLE_KAART_TEXT, editSample, placeOf } from '../support/kaartEdits.js';
import { listenOnLoopback } from '../support/listenOnLoopback.js';

describe('the server over HTTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-server-'));
  const file = join(dir, 'sociale-kaart.yaml');
  let store: KaartStore;
  let server: restify.Server;
  let base: string;

  beforeAll(async () => {
    writeFileSync(file, SAMPLE_KAART_TEXT);
    store = KaartStore.open(file, { taal: loadTaal(TAAL_FILE), debounceMs: 20 });
    store.watch();
    server = createServer(store);
    base = await listenOnLoopback(server);
  });

  afterAll(async () => {
    store.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  const health = async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    return response.json();
  };
  const reloaded = () =>
    new Promise<void>((resolve) => {
      const stop = store.onReload(() => {
        stop();
        resolve();
      });
    });

  it('answers /healthz with the kaart it serves', async () => {
    expect(await health()).toMatchObject({
      status: 'ok',
      kaart: { file: 'sociale-kaart.yaml', versie: '2026.11', upToDate: true },
      memory: { rssMb: expect.any(Number), heapUsedMb: expect.any(Number) },
    });
  });

  it('picks up an edit of the kaart while running, and reports a broken one with its place', async () => {
    let next = reloaded();
    writeFileSync(file, editSample('versie: "2026.11"', 'versie: "2026.12"'));
    await next;
    expect((await health()).kaart.versie).toBe('2026.12');

    const broken = editSample('email: loket@voorbeeld.nl', 'email: loket-at-voorbeeld');
    next = reloaded();
    writeFileSync(file, broken);
    await next;
    const body = await health();
    expect(body).toMatchObject({ status: 'kaart-error', kaart: { versie: '2026.12', upToDate: false } });
    expect(body.kaart.problems).toContainEqual({
      severity: 'error',
      message: 'dit is geen geldig e-mailadres',
      ...placeOf(broken, 'loket-at-voorbeeld'),
    });
  });
});

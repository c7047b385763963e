import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type restify from 'restify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTaal } from '../../bot/analyser/taal.js';
import { KaartStore } from '../../bot/kaart/kaartStore.js';
import { TAAL_FILE } from '../../bot/paths.js';
import { createServer } from '../../bot/server.js';
import { SAMPLE_KAART_TEXT, editSample } from '../support/kaartEdits.js';
import { listenOnLoopback } from '../support/listenOnLoopback.js';

describe('what the unauthenticated /healthz tells of a kaart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-health-'));
  const file = join(dir, 'sociale-kaart.yaml');
  let store: KaartStore;
  let server: restify.Server;
  let base: string;

  beforeAll(async () => {
    writeFileSync(file, SAMPLE_KAART_TEXT);
    store = KaartStore.open(file, { taal: loadTaal(TAAL_FILE) });
    server = createServer(store);
    base = await listenOnLoopback(server);
  });

  afterAll(async () => {
    store.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    writeFileSync(file, SAMPLE_KAART_TEXT);
    expect(store.reload().upToDate).toBe(true);
  });

  /** Saves `text` as the kaart, reloads it and answers /healthz's body as text. */
  async function healthAfter(text: string): Promise<string> {
    writeFileSync(file, text);
    store.reload();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    return response.text();
  }

  it('never echoes a long version string', async () => {
    for (const versie of ['9'.repeat(200), '9'.repeat(2_000_000)]) {
      const body = await healthAfter(editSample('versie: "2026.11"', `versie: "${versie}"`));
      expect(JSON.parse(body).kaart).toMatchObject({ versie: '2026.11', upToDate: false });
      expect(body.length).toBeLessThan(2_000);
    }
  });

  it('never echoes what a broken kaart holds, however many problems it has', async () => {
    const wrongExamples = Array.from(
      { length: 2_000 },
      (_, index) => `  - vraag: Vraag ${index}\n    levensgebieden: [${'x'.repeat(100)}${index}]`,
    );
    const body = await healthAfter(
      editSample('voorbeelden:\n', ['voorbeelden:', ...wrongExamples, ''].join('\n')),
    );
    expect(JSON.parse(body).kaart).toMatchObject({ versie: '2026.11', upToDate: false });
    expect(body.length).toBeLessThan(10_000);
  });
});

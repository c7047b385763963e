import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTaal } from '../../bot/analyser/taal.js';
import { KaartStore, type KaartStatus } from '../../bot/kaart/kaartStore.js';
import { TAAL_FILE } from '../../bot/paths.js';
import { SAMPLE_KAART_TEXT, editSample, placeOf } from '../support/kaartEdits.js';
import { BILLION_LAUGHS, isAliasAt } from './hostileKaarten.js';

const taal = loadTaal(TAAL_FILE);
const today = () => new Date('2026-11-24T12:00:00Z');

describe('KaartStore', () => {
  let dir: string;
  let file: string;
  let store: KaartStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijzer-kaart-'));
    file = join(dir, 'sociale-kaart.yaml');
    writeFileSync(file, SAMPLE_KAART_TEXT);
    store = KaartStore.open(file, { taal, today, debounceMs: 20 });
  });

  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Resolves with the status of the next reload the watcher triggers. */
  const nextReload = () =>
    new Promise<KaartStatus>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error('no reload within 5 s')), 5_000);
      const stop = store.onReload((status) => {
        clearTimeout(timeout);
        stop();
        resolve(status);
      });
    });

  it('serves the kaart and an analyser for it', () => {
    expect(store.status()).toMatchObject({ versie: '2026.11', upToDate: true });
    expect(store.analyser.analyse('ik heb schulden').levensgebieden[0]?.id).toBe('inkomen-schulden');
  });

  it('reloads when the file is saved, and the analyser uses the new words', async () => {
    store.watch();
    const reloaded = nextReload();
    writeFileSync(
      file,
      editSample('versie: "2026.11"', 'versie: "2026.12"').replace('[zingeving,', '[zingeving, kwelgeest,'),
    );
    expect(await reloaded).toMatchObject({ versie: '2026.12', upToDate: true });
    expect(store.analyser.analyse('een kwelgeest').levensgebieden[0]?.id).toBe('zingeving');
  });

  it('notices an editor that saves by renaming a new file over the old one', async () => {
    store.watch();
    const reloaded = nextReload();
    const temporary = join(dir, '.sociale-kaart.yaml.swp');
    writeFileSync(temporary, editSample('versie: "2026.11"', 'versie: "2026.13"'));
    renameSync(temporary, file);
    expect((await reloaded).versie).toBe('2026.13');
  });

  it('keeps serving the last good kaart after a broken edit, and says where the error is', async () => {
    store.watch();
    const broken = editSample(
      'doelgroepen: [lvb, nah, lichamelijke-beperking]',
      'doelgroepen: [lvb, nah, lichaam]',
    );
    const failed = nextReload();
    writeFileSync(file, broken);
    const status = await failed;
    expect(status).toMatchObject({ versie: '2026.11', upToDate: false });
    expect(status.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ severity: 'error', ...placeOf(broken, 'lichaam]') }),
    ]);
    expect(store.kaart.versie).toBe('2026.11');
    expect(store.analyser.analyse('ik heb schulden').levensgebieden[0]?.id).toBe('inkomen-schulden');

    const fixed = nextReload();
    writeFileSync(file, editSample('versie: "2026.11"', 'versie: "2026.14"'));
    expect(await fixed).toMatchObject({ versie: '2026.14', upToDate: true });
  });

  it('keeps serving the last good kaart when a saved file is a "billion laughs" of aliases', async () => {
    store.watch();
    const failed = nextReload();
    writeFileSync(file, BILLION_LAUGHS);
    const status = await failed;
    expect(status).toMatchObject({ versie: '2026.11', upToDate: false });
    expect(status.problems).toHaveLength(1);
    expect(isAliasAt(BILLION_LAUGHS, status.problems[0]!)).toBe(true);
    expect(store.analyser.analyse('ik heb schulden').levensgebieden[0]?.id).toBe('inkomen-schulden');
    expect(() => store.reload()).not.toThrow();
    expect(store.kaart.versie).toBe('2026.11');
  });

  it('refuses to start on a kaart with errors, naming file, line and column', () => {
    const broken = join(dir, 'kapot.yaml');
    const text = editSample('telefoon: "0900 123 4567"', 'telefoon: "negen nul nul"');
    writeFileSync(broken, text);
    const { line, column } = placeOf(text, '"negen nul nul"');
    expect(() => KaartStore.open(broken, { taal, today })).toThrow(
      `${broken}:${line}:${column}: dit is geen geldig telefoonnummer`,
    );
  });
});

import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../bot/paths.js';
import { RetentionSweeper } from '../../bot/retention.js';
import { ConsentStorage } from '../../bot/storage/consentStorage.js';
import { DocumentFolder } from '../../bot/storage/documentFolder.js';
import { LowdbStorage } from '../../bot/storage/lowdbStorage.js';
import { lowdbRepository, stateDir } from '../../bot/storage/lowdbRepository.js';
import { TransientStorage } from '../../bot/storage/transientStorage.js';
import { eraseUser } from '../../bot/storage/eraseResident.js';
import { startBot } from '../support/botServer.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'wegwijzer-storage-'));

/** All text in the files of a folder, temp files included. */
const textsIn = (dir: string) =>
  readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');

/** What a write cut short by a crash leaves beside a document: its temp file, holding the new text. */
function leftOver(dir: string, id: string, document: unknown, at = new Date()): string {
  const file = join(dir, `.${DocumentFolder.fileName(id)}.tmp`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(document));
  utimesSync(file, at, at);
  return file;
}

describe('DocumentFolder', () => {
  it('keeps every file valid JSON when the process is killed in the middle of writes, and leaves nothing an erasure misses', async () => {
    const dir = tempDir();
    // node itself, with tsx as a loader: the tsx command would be a parent process, and killing
    // it would leave the writer running.
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/storage/writeForever.ts', dir], {
      cwd: PROJECT_ROOT,
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const documents = readdirSync(dir).filter((name) => !name.startsWith('.'));
    expect(documents.sort()).toEqual(['a.json', 'b.json']);
    for (const name of documents) {
      const document = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      expect(document.turn).toBeGreaterThan(0);
    }

    // After the crash: the resident of "a" asks to be forgotten, then the server starts again.
    const folder = new DocumentFolder<{ turn: number }>(dir);
    await folder.delete('a');
    expect(textsIn(dir), 'nothing of "a" is left, not even in a temp file').not.toContain('text of a');
    await folder.dropUnfinished(new Date());
    expect(readdirSync(dir)).toEqual(['b.json']);
  });

  it('writes one small file per document, so a write does not grow with what else is stored', async () => {
    const folder = new DocumentFolder<{ n: number }>(tempDir());
    for (let n = 0; n < 200; n++) await folder.put(`doc-${n}`, { n });
    await folder.put('doc-7', { n: 700 });
    expect(readFileSync(join(folder.dir, 'doc-7.json'), 'utf8').length).toBeLessThan(30);
    expect(await folder.get('doc-7')).toEqual({ n: 700 });
    expect((await folder.all()).length).toBe(200);
  });
});

describe('DocumentFolder with a cache', () => {
  it('sees what another process did to a cached document: erased, rewritten, or edited to the same size', async () => {
    const dir = tempDir();
    const server = new DocumentFolder<{ stap: string }>(dir, { cached: 10 });
    const cli = new DocumentFolder<{ stap: string }>(dir);
    await server.put('gesprek', { stap: 'moment' });
    expect(await server.get('gesprek')).toEqual({ stap: 'moment' });

    await cli.delete('gesprek');
    expect(await server.get('gesprek')).toBeUndefined();

    await server.put('gesprek', { stap: 'moment' });
    await cli.put('gesprek', { stap: 'samenvatting' });
    expect(await server.get('gesprek')).toEqual({ stap: 'samenvatting' });

    await server.put('gesprek', { stap: 'moment' });
    const sameSize = JSON.stringify({ stap: 'anders' }, null, 2);
    expect(sameSize.length).toBe(JSON.stringify({ stap: 'moment' }, null, 2).length);
    writeFileSync(join(dir, 'gesprek.json'), sameSize);
    utimesSync(join(dir, 'gesprek.json'), new Date(), new Date(Date.now() + 5000));
    expect(await server.get('gesprek')).toEqual({ stap: 'anders' });
  });

  it('hands out copies: changing what was read changes nothing stored', async () => {
    const folder = new DocumentFolder<{ stap: string }>(tempDir(), { cached: 10 });
    await folder.put('gesprek', { stap: 'moment' });
    const read = await folder.get('gesprek');
    if (read) read.stap = 'veranderd';
    expect(await folder.get('gesprek')).toEqual({ stap: 'moment' });
  });
});

describe('LowdbStorage', () => {
  it('survives a restart and refuses a write based on stale state (eTag)', async () => {
    const dir = tempDir();
    await new LowdbStorage(dir).write({ 'webchat/conversations/c1/': { step: 'moment', eTag: '*' } });
    const again = new LowdbStorage(dir);
    const read = await again.read(['webchat/conversations/c1/']);
    expect(read['webchat/conversations/c1/']).toMatchObject({ step: 'moment' });
    await again.write({
      'webchat/conversations/c1/': { ...read['webchat/conversations/c1/'], step: 'meetlat-zelf' },
    });
    await expect(
      again.write({ 'webchat/conversations/c1/': { step: 'old', eTag: 'stale' } }),
    ).rejects.toThrow('eTag conflict');
  });
});

describe('ConsentStorage', () => {
  it('keeps state in memory until the resident consents, then on disk only', async () => {
    const disk = new MemoryStorage();
    const storage = new ConsentStorage(disk, new TransientStorage());
    await storage.write({ key: { gesprek: { consent: undefined, question: 'geheim' } } });
    expect(await disk.read(['key'])).toEqual({});
    expect((await storage.read(['key']))['key']).toMatchObject({ gesprek: { question: 'geheim' } });
    await storage.write({ key: { gesprek: { consent: true, question: 'gedeeld' } } });
    expect((await disk.read(['key']))['key']).toMatchObject({ gesprek: { question: 'gedeeld' } });
    await storage.write({ key: { gesprek: { consent: false } } });
    expect(await disk.read(['key']), 'withdrawn consent removes the stored copy').toEqual({});
  });

  it('forgets transient state after the idle time', async () => {
    let now = 0;
    const transient = new TransientStorage({ idleMs: 1000, now: () => now });
    await transient.write({ key: { value: 1 } });
    now = 2000;
    expect(await transient.read(['key'])).toEqual({});
  });
});

describe('RetentionSweeper', () => {
  it('deletes old conversations and records, keeps open handovers whatever their age', async () => {
    const dataDir = tempDir();
    const repository = lowdbRepository(dataDir);
    const state = new LowdbStorage(stateDir(dataDir));
    await state.write({ old: { x: 1 }, fresh: { x: 2 } });
    const oldFile = join(stateDir(dataDir), DocumentFolder.fileName('old'));
    const longAgo = new Date('2026-01-01T00:00:00Z');
    utimesSync(oldFile, longAgo, longAgo);
    const resident = { user: 'u', conversations: [] };
    const handover = {
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      aanbieder: 'mee-voorbeeld',
      reactieBinnenWerkdagen: 3,
      contactUiterlijk: '2026-01-06',
      taal: 'nl' as const,
      contact: { soort: 'email' as const, waarde: 'a@b.nl' },
      contactmoment: 'ochtend' as const,
      vraag: 'v',
      levensgebieden: [],
      doelgroepen: [],
      voorWie: 'zelf' as const,
      resident,
    };
    await repository.handovers.put('WW-OPEN01', { ...handover, reference: 'WW-OPEN01', status: 'nieuw' });
    await repository.handovers.put('WW-DONE01', {
      ...handover,
      reference: 'WW-DONE01',
      status: 'afgesloten',
    });
    await repository.intakes.put('i1', {
      id: 'i1',
      createdAt: '2026-01-01T00:00:00Z',
      outcome: 'gap',
      levensgebieden: [],
      doelgroepen: [],
      aanbieders: [],
      contacts: 1,
      resident,
    });

    // Files carry the date of their last write, as they would had they been written back then.
    for (const file of ['handovers/WW-OPEN01.json', 'handovers/WW-DONE01.json', 'intakes/i1.json']) {
      utimesSync(join(dataDir, file), longAgo, longAgo);
    }
    await repository.intakes.put('i2', {
      id: 'i2',
      createdAt: '2026-11-20T00:00:00Z',
      outcome: 'information',
      levensgebieden: [],
      doelgroepen: [],
      aanbieders: [],
      contacts: 1,
      resident,
    });

    const swept = await new RetentionSweeper(repository, stateDir(dataDir), 90).sweep(
      new Date('2026-11-24T00:00:00Z'),
    );
    expect(swept).toEqual({ conversations: 1, intakes: 1, handoffs: 0, handovers: 1, unfinished: 0 });
    expect(Object.keys(await state.read(['old', 'fresh']))).toEqual(['fresh']);
    expect((await repository.handovers.all()).map((item) => item.reference)).toEqual(['WW-OPEN01']);
    expect((await repository.intakes.all()).map((item) => item.id)).toEqual(['i2']);
  });
});

describe('a write cut short (a temp file left by a crash)', () => {
  it('goes with its document when that is erased, even when the document itself was never written', async () => {
    const dataDir = tempDir();
    const state = new LowdbStorage(stateDir(dataDir));
    await state.write({ 'webchat/conversations/c1/': { said: 'old text', eTag: '*' } });
    leftOver(stateDir(dataDir), 'webchat/conversations/c1/', { said: 'geheime nieuwe tekst' });
    const repository = lowdbRepository(dataDir);
    const resident = { user: 'webchat/users/u1', conversations: ['webchat/conversations/c1/'] };
    leftOver(join(dataDir, 'handoffs'), 'h1', { id: 'h1', resident, transcript: ['geheime handoff'] });

    const erased = await eraseUser(repository, state, resident.user, resident.conversations);
    expect(erased.handoffs).toEqual(['h1']);
    for (const folder of ['state', 'handoffs']) {
      expect(textsIn(join(dataDir, folder)), folder).not.toContain('geheim');
    }
  });

  it('is gone when the server starts, before its first turn', async () => {
    const dataDir = tempDir();
    const leftovers = [
      leftOver(stateDir(dataDir), 'webchat/conversations/c1/', { said: 'geheim' }),
      leftOver(join(dataDir, 'handoffs'), 'h1', { transcript: ['geheim'] }),
    ];
    const bot = await startBot(dataDir);
    await bot.close();
    expect(leftovers.filter((file) => existsSync(file))).toEqual([]);
  });

  it('is swept by the retention sweep once stale; a write in flight is left alone', async () => {
    const dataDir = tempDir();
    const repository = lowdbRepository(dataDir);
    const now = new Date();
    const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
    const stale = [
      leftOver(stateDir(dataDir), 'webchat/conversations/c1/', { said: 'geheim' }, hourAgo),
      leftOver(join(dataDir, 'intakes'), 'i1', { id: 'i1' }, hourAgo),
    ];
    const inFlight = leftOver(join(dataDir, 'handoffs'), 'h1', { transcript: ['being written'] }, now);

    await new RetentionSweeper(repository, stateDir(dataDir), 90).sweep(now);
    expect(stale.filter((file) => existsSync(file))).toEqual([]);
    expect(existsSync(inFlight)).toBe(true);
  });
});

describe('TransientStorage', () => {
  const state = (size: number) => ({ gesprek: { text: 'x'.repeat(size) } });

  it('holds a bounded number of conversations: the least recently used go first', async () => {
    const transient = new TransientStorage({ maxEntries: 3 });
    await transient.write({ a: state(1), b: state(1), c: state(1) });
    await transient.read(['a']);
    await transient.write({ d: state(1) });
    expect(Object.keys(await transient.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
  });

  it('holds a bounded amount of text, measured as JSON', async () => {
    const transient = new TransientStorage({ maxChars: 10_000 });
    for (let n = 0; n < 50; n++) await transient.write({ [`k${n}`]: state(1_000) });
    const kept = await transient.read(Array.from({ length: 50 }, (_, n) => `k${n}`));
    const chars = Object.values(kept).reduce((sum, item) => sum + JSON.stringify(item).length, 0);
    expect(chars).toBeLessThanOrEqual(10_000);
    expect(Object.keys(kept)).toContain('k49');
    expect(Object.keys(kept)).not.toContain('k0');
    await expect(transient.write({ huge: state(20_000) })).rejects.toThrow('TransientStorage');
  });
});

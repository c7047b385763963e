import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MESSAGES,
  Resident,
  type RunningBot,
  outcomeOf,
  startBot,
  stepOf,
  textOf,
} from '../support/botServer.js';
import { FaultyDisk } from '../support/faultyDisk.js';
import { PROVIDER_TO_HANDOVER, TO_PROVIDER_CHOICE } from '../support/intakeTables.js';
import { type Turn, play } from '../support/turnTable.js';

let bot: RunningBot | undefined;
let disk: FaultyDisk | undefined;
const running = () => {
  if (!bot) throw new Error('no bot running');
  return bot;
};
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  disk?.unmount();
  disk = undefined;
});

const TELEFOON = '14 0123';
const NOT_SAVED = MESSAGES.text('nl', 'fout.opslaan', { telefoon: TELEFOON });

async function health(): Promise<{ code: number; text: string; body: { status: string; storage: unknown } }> {
  const response = await fetch(`${running().base}/healthz`);
  const text = await response.text();
  return { code: response.status, text, body: JSON.parse(text) };
}

const handoverFiles = () =>
  readdirSync(join(running().dataDir, 'handovers')).filter(
    (name) => name.endsWith('.json') && !name.startsWith('.'),
  );

describe.skipIf(!FaultyDisk.mountable)('a data folder that cannot be written', () => {
  it('tells the resident their answer was not saved, and /healthz answers 503 until a write works again', async () => {
    disk = FaultyDisk.mount();
    bot = await startBot(disk.dir);
    const consented = new Resident(running, 'kept-user', 'kept-conv');
    await play(consented, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      // "red het niet meer" already says the grip is lost, and debts are one clear topic: the
      // groups come next.
      ['Ik heb veel schulden en red het niet meer', { step: 'doelgroepen', says: 'Geld en schulden' }],
    ]);
    const unconsented = new Resident(running, 'memory-user', 'memory-conv');
    await play(unconsented, [
      ['join', { step: 'consent' }],
      ['nee', { step: 'question' }],
    ]);

    disk.readOnly();
    // The next question may already be on its way; the last word is that it was not saved.
    const replies = await consented.say({ choice: 'geen' });
    expect(replies.at(-1)?.text).toBe(NOT_SAVED);
    const broken = await health();
    expect(broken.code).toBe(503);
    expect(broken.body).toMatchObject({
      status: 'storage-error',
      storage: { ok: false, problem: 'read-only' },
    });
    expect(broken.text).not.toContain(disk.dir);
    expect(broken.text).not.toContain('EROFS');
    // Residents who did not consent are kept in memory: the disk is none of their concern.
    await play(unconsented, [['Ik heb veel schulden en red het niet meer', { step: 'doelgroepen' }]]);
    await play(new Resident(running, 'new-user', 'new-conv'), [
      ['join', { step: 'consent' }],
      ['nee', { step: 'question' }],
    ]);

    disk.writable();
    // The answer that was not saved is asked for again, and then the intake goes on.
    await play(consented, [[{ choice: 'geen' }, { step: 'moment' }]]);
    expect(await health()).toMatchObject({ code: 200, body: { status: 'ok', storage: { ok: true } } });
  });

  it('gives no handover reference on a full disk, but an apology; the reference once it is on disk', async () => {
    disk = FaultyDisk.mount();
    bot = await startBot(disk.dir);
    const resident = new Resident(running, 'handover-user', 'handover-conv');
    await play(resident, [...TO_PROVIDER_CHOICE, ...PROVIDER_TO_HANDOVER.slice(0, -1)]);

    disk.fill();
    const refused = await resident.say({ choice: 'yes' });
    expect(outcomeOf(refused)).toBeUndefined();
    expect(textOf(refused)).not.toMatch(/WW-[0-9A-Z]{6}/);
    expect(textOf(refused)).toBe(NOT_SAVED);
    expect(handoverFiles()).toEqual([]);
    expect((await health()).body).toMatchObject({ storage: { ok: false, problem: 'disk-full' } });

    disk.free();
    const stored = await resident.say({ choice: 'yes' });
    expect(outcomeOf(stored)?.type).toBe('handover');
    const reference = outcomeOf(stored)?.reference ?? '';
    expect(handoverFiles()).toEqual([`${reference}.json`]);
    expect((await health()).code).toBe(200);
  });
});

describe('a turn that fails where even recovery fails', () => {
  it('still tells the resident', async () => {
    bot = await startBot();
    const resident = new Resident(running, 'broken-user', 'broken-conv');
    await play(resident, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
    ]);
    // The state folder gone, a file in its place: the conversation can be neither read nor saved.
    const state = join(running().dataDir, 'state');
    rmSync(state, { recursive: true });
    writeFileSync(state, 'not a folder');
    const replies = await resident.say('Ik heb veel schulden en red het niet meer');
    expect(textOf(replies)).toBe(MESSAGES.text('nl', 'fout.tekst', { telefoon: TELEFOON }));
    expect(stepOf(replies)).toBeUndefined();
  });
});

// A Tuesday morning: the loket is open, so a request for a person waits in its queue.
const TUESDAY_MORNING = () => new Date('2026-11-24T10:00:00+01:00');

const TO_INFORMATION: Turn[] = [
  ['join', { step: 'consent' }],
  [{ choice: 'yes' }, { step: 'question' }],
  ['Hoe vraag ik huishoudelijke hulp aan via de Wmo?', { step: 'meetlat-regie', says: 'Hulp thuis (Wmo)' }],
  ['nee', { step: 'meetlat-zelf' }],
];
const TO_GAP: Turn[] = [
  ['join', { step: 'consent' }],
  [{ choice: 'yes' }, { step: 'question' }],
  ['Mijn buurman maakt elke nacht herrie en ik word er gek van', { step: 'meetlat-regie', says: 'Wonen' }],
  [{ choice: 'ja' }, { step: 'doelgroepen' }],
  [{ choice: 'geen' }, { step: 'moment' }],
];
const WAITING_FOR_A_PERSON: Turn[] = [
  ['join', { step: 'consent' }],
  [{ choice: 'yes' }, { step: 'question' }],
  ['ik wil een medewerker spreken', { outcome: 'staff', says: 'Het loket is nu open' }],
];

describe('every write of a turn', () => {
  it.each([
    ['the intake record', TO_INFORMATION, 'intakes', 'ja hoor'],
    ['the signal of a gap in the offer', TO_GAP, 'signals', { choice: 'reflectie' }],
    [
      'the line for the person the resident waits for',
      WAITING_FOR_A_PERSON,
      'handoffs',
      'Hallo, is daar iemand?',
    ],
  ] as const)('tells the resident when %s is not saved', async (_what, before, folder, input) => {
    bot = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
    const resident = new Resident(running, 'records-user', 'records-conv');
    await play(resident, [...before]);
    // Only this folder fails (a file where it should be); the conversation itself is saved.
    const dir = join(running().dataDir, folder);
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'not a folder');
    const replies = await resident.say(input);
    expect(replies.at(-1)?.text).toBe(NOT_SAVED);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../bot/paths.js';
import { MESSAGES, Resident, type RunningBot, outcomeOf, startBot, textOf } from '../support/botServer.js';
import { StaffClient, addStaff } from '../support/staffClient.js';
import { play } from '../support/turnTable.js';

let bot: RunningBot;
// A Tuesday morning: the loket is open, so asking for a person queues the resident.
const TUESDAY_MORNING = () => new Date('2026-11-24T10:00:00+01:00');

function wegwijzer(args: string[]) {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['bot/cli/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: bot.dataDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function storedText(): string {
  return readdirSync(bot.dataDir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(bot.dataDir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** A resident who goes all the way to a handover; returns its reference. */
async function handover(userId: string, question: string): Promise<string> {
  const resident = new Resident(() => bot, userId, `${userId}-conv`);
  await play(resident, [
    ['join', { step: 'consent' }],
    [{ choice: 'yes' }, { step: 'question' }],
    [question, { step: 'levensgebieden', says: 'Psychische problemen' }],
    [{ choice: 'yes' }, { step: 'meetlat-regie' }],
    [{ choice: 'nee' }, { step: 'meetlat-zelf' }],
    [{ choice: 'nee' }, { step: 'moment' }],
    [{ choice: 'toegang' }, { step: 'aanbieder' }],
    [{ choice: 'zelfregie-ggz' }, { step: 'contact' }],
    // No moment in the contact message: "Maakt niet uit", and the summary comes at once.
    ['mail me op iemand@example.nl', { step: 'samenvatting', says: 'iemand@example.nl' }],
  ]);
  const reference = outcomeOf(await resident.say({ choice: 'yes' }))?.reference;
  if (!reference) throw new Error('no handover reference');
  return reference;
}

beforeAll(async () => {
  bot = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
});
afterAll(async () => bot.close());

describe('wegwijzer overdrachten and data erase', () => {
  it('lists handovers and erases one resident completely, leaving others alone', async () => {
    const erasedRef = await handover(
      'erase-me',
      'Ik ben depressief, heb schulden en mijn huis is een puinhoop',
    );
    const keptRef = await handover('keep-me', 'Ik heb angstklachten en vind geen werk en geen woning');

    const listed = wegwijzer(['overdrachten']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain(erasedRef);
    expect(listed.stdout).toContain('zelfregie-ggz');
    const json = JSON.parse(wegwijzer(['overdrachten', '--json']).stdout);
    expect(json.map((item: { reference: string }) => item.reference).sort()).toEqual(
      [erasedRef, keptRef].sort(),
    );

    const erased = wegwijzer(['data', 'erase', erasedRef]);
    expect(erased.status, erased.stderr).toBe(0);
    const left = storedText();
    expect(left).not.toContain('puinhoop');
    expect(left).not.toContain('erase-me');
    expect(left).toContain('geen werk en geen woning');
    expect(wegwijzer(['data', 'erase', erasedRef]).status).toBe(1);
  });
});

describe('wegwijzer data erase while the server runs', () => {
  it('takes the resident out of the loket queue at once; their next message gets an answer, not an apology', async () => {
    await addStaff(bot.dataDir, 'loket', 'loket');
    const loket = new StaffClient(bot.base);
    expect((await loket.login('loket')).status).toBe(200);
    const queue = async () => (await loket.json<{ items: { id: string }[] }>('/api/staff/queue')).items;
    const reference = await handover('dirk', 'Ik ben depressief en heb schulden');
    const dirk = new Resident(() => bot, 'dirk', 'dirk-conv');
    await play(dirk, [['medewerker', { outcome: 'staff' }]]);
    expect(await queue()).toHaveLength(1);

    const erased = wegwijzer(['data', 'erase', reference]);
    expect(erased.status, erased.stderr).toBe(0);
    expect(erased.stdout).toContain('1 gesprek(ken) met het loket');
    expect(await queue(), 'no ghost in the queue').toEqual([]);

    const apology = MESSAGES.text('nl', 'fout.tekst', { telefoon: '' }).slice(0, 30);
    expect(textOf(await dirk.say('Ik zoek werk'))).not.toContain(apology);
  });
});

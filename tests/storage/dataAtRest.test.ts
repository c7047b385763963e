import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { DirectLineResident, issueToken } from '../support/directLineResident.js';
import { StaffClient, addStaff } from '../support/staffClient.js';
import { play } from '../support/turnTable.js';

// A Tuesday morning: the loket is open.
const TUESDAY_MORNING = () => new Date('2026-11-24T10:00:00+01:00');

let bot: RunningBot;
let loket: StaffClient;
let resident: DirectLineResident;

/** Every file and folder under the data directory. */
function everything(dir: string): { files: string[]; folders: string[] } {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
  return {
    files: names.filter((name) => statSync(name).isFile()),
    folders: [dir, ...names.filter((name) => statSync(name).isDirectory())],
  };
}

beforeAll(async () => {
  bot = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
  await addStaff(bot.dataDir, 'anna', 'loket', { naam: 'Anna de Vries' });
  loket = new StaffClient(bot.base);
  expect((await loket.login('anna')).status).toBe(200);
  // A web resident who consents and asks for a person: state, an intake, a handoff, the audit log.
  resident = new DirectLineResident(bot.base, await issueToken(bot.base));
  await play(resident, [
    ['join', { step: 'consent' }],
    [{ choice: 'yes' }, { step: 'question' }],
    ['Ik heb schulden', { step: 'meetlat-regie', says: 'Geld en schulden' }],
    ['ik wil een medewerker spreken', { outcome: 'staff' }],
  ]);
});

afterAll(async () => {
  resident.end();
  await bot.close();
});

describe('what the data directory holds', () => {
  it("holds no key of the built-in channel, and a staff member's message still reaches the resident", async () => {
    const connectorPath = bot.web.local?.channel.connectorPath ?? '';
    const key = connectorPath.split('/').pop() ?? '';
    expect(key.length).toBeGreaterThan(10);
    const { files } = everything(bot.dataDir);
    expect(files.some((file) => file.includes('/handoffs/'))).toBe(true);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(key);

    const { items } = await loket.json<{ items: { id: string }[] }>('/api/staff/queue');
    const id = items[0]?.id ?? '';
    expect((await loket.post(`/api/staff/handoffs/${id}/takeover`)).status).toBe(200);
    await resident.waitForText('Anna de Vries van het loket is nu bij het gesprek');
    expect(
      (await loket.post(`/api/staff/handoffs/${id}/messages`, { text: 'Ik kijk met u mee' })).status,
    ).toBe(200);
    await resident.waitForText('Ik kijk met u mee');
    for (const file of everything(bot.dataDir).files) expect(readFileSync(file, 'utf8')).not.toContain(key);
  });

  it('is readable by the bot alone: files 0600, folders 0700', () => {
    const { files, folders } = everything(bot.dataDir);
    expect(folders.map((dir) => dir.slice(bot.dataDir.length)).sort()).toEqual(
      expect.arrayContaining(['', '/audit', '/handoffs', '/intakes', '/staff', '/state']),
    );
    for (const folder of folders) expect((statSync(folder).mode & 0o777).toString(8), folder).toBe('700');
    for (const file of files) expect((statSync(file).mode & 0o777).toString(8), file).toBe('600');
  });
});

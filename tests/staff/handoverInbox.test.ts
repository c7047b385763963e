import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Resident, type RunningBot, startBot } from '../support/botServer.js';
import { PROVIDER_TO_HANDOVER, TO_PROVIDER_CHOICE } from '../support/intakeTables.js';
import { StaffClient, addStaff } from '../support/staffClient.js';
import { play } from '../support/turnTable.js';

interface Mail {
  to: string[];
  body: string;
}
const mails: Mail[] = [];
let smtp: SMTPServer;
let bot: RunningBot;
let reference = '';
let piet: StaffClient;

interface Detail {
  status: string;
  toegewezenAan?: string;
  volgende: string[];
  notities?: { door: string; tekst: string }[];
  vraag: string;
}

beforeAll(async () => {
  // A real SMTP server on a free port: the mail goes through nodemailer and the SMTP protocol.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  bot = await startBot(undefined, undefined, {
    mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Wegwijzer <wegwijzer@voorbeeld.nl>' },
  });
  await addStaff(bot.dataDir, 'piet', 'ondersteuner', { aanbieder: 'mee-voorbeeld', naam: 'Piet' });
  await addStaff(bot.dataDir, 'sara', 'ondersteuner', { aanbieder: 'mee-voorbeeld', naam: 'Sara' });
  await addStaff(bot.dataDir, 'raads1', 'ondersteuner', { aanbieder: 'sociaal-raadslieden' });
  const transcript = await play(new Resident(() => bot, 'inbox-user', 'inbox-conv'), [
    ...TO_PROVIDER_CHOICE,
    ...PROVIDER_TO_HANDOVER,
  ]);
  reference = /WW-[0-9A-Z]{6}/.exec(transcript.join('\n'))?.[0] ?? '';
  piet = new StaffClient(bot.base);
  await piet.login('piet');
});
afterAll(async () => {
  await bot?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('the handover inbox', () => {
  it('e-mails the provider the reference and a link, and nothing about the resident', async () => {
    const deadline = Date.now() + 5000;
    while (mails.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.to).toEqual(['aanmelding@mee-voorbeeld.nl']);
    expect(mail?.body).toContain(reference);
    expect(mail?.body).toContain(`http://wegwijzer.test/staff/#overdracht/${reference}`);
    for (const personal of ['12345678', 'huur', 'schulden', 'verstandelijke'])
      expect(mail?.body).not.toContain(personal);
  });

  it('shows the provider its new handover with the whole story', async () => {
    const { items } = await piet.json<{ items: { reference: string; status: string }[] }>(
      '/api/staff/handovers',
    );
    expect(items).toEqual([expect.objectContaining({ reference, status: 'nieuw' })]);
    const detail = await piet.json<Detail>(`/api/staff/handovers/${reference}`);
    expect(detail.vraag).toContain('huur niet betalen');
    expect(detail.volgende).toEqual(['geaccepteerd', 'teruggegeven']);
  });

  it('goes nieuw → geaccepteerd → contact-gelegd → afgesloten, and no step may be skipped', async () => {
    const status = (value: string, reden?: string) =>
      piet.post(
        `/api/staff/handovers/${reference}/status`,
        reden ? { status: value, reden } : { status: value },
      );
    expect((await status('afgesloten')).status).toBe(409);
    const accepted: Detail = await (await status('geaccepteerd')).json();
    expect(accepted).toMatchObject({ status: 'geaccepteerd', toegewezenAan: 'piet' });
    expect((await status('teruggegeven')).status, 'giving back needs a reason').toBe(400);
    expect((await status('contact-gelegd')).status).toBe(200);
    expect((await status('afgesloten')).status).toBe(200);
    expect((await status('geaccepteerd')).status).toBe(409);
  });

  it('assigns to a colleague of the same provider only, and keeps internal notes', async () => {
    const assign = (username: string) => piet.post(`/api/staff/handovers/${reference}/assign`, { username });
    expect((await assign('raads1')).status).toBe(400);
    expect(await (await assign('sara')).json()).toMatchObject({ toegewezenAan: 'sara' });
    const noted: Detail = await (
      await piet.post(`/api/staff/handovers/${reference}/notes`, { tekst: 'Gebeld, voicemail.' })
    ).json();
    expect(noted.notities).toEqual([expect.objectContaining({ door: 'piet', tekst: 'Gebeld, voicemail.' })]);
    const team = await piet.json<{ team: { username: string }[] }>('/api/staff/team');
    expect(team.team.map((member) => member.username).sort()).toEqual(['piet', 'sara']);
  });

  it('exports a handover as a file, and the export is audited', async () => {
    const response = await piet.get(`/api/staff/handovers/${reference}/export`);
    expect(response.headers.get('content-disposition')).toContain(`${reference}.json`);
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(bot.dataDir, 'audit');
    const log = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    for (const action of ['geopend', 'status', 'toegewezen', 'notitie', 'geexporteerd'])
      expect(log).toContain(`"${action}"`);
  });
});

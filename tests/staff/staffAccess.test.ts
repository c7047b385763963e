import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { PROVIDER_TO_HANDOVER, TO_PROVIDER_CHOICE } from '../support/intakeTables.js';
import { PASSWORD, StaffClient, addStaff } from '../support/staffClient.js';
import { Resident } from '../support/botServer.js';
import { play } from '../support/turnTable.js';

let bot: RunningBot;
const client = (): StaffClient => new StaffClient(bot.base);
let reference = '';

beforeAll(async () => {
  bot = await startBot(undefined, undefined, { trustProxy: true });
  await addStaff(bot.dataDir, 'loket1', 'loket');
  await addStaff(bot.dataDir, 'mee1', 'ondersteuner', { aanbieder: 'mee-voorbeeld' });
  await addStaff(bot.dataDir, 'raads1', 'ondersteuner', { aanbieder: 'sociaal-raadslieden' });
  await addStaff(bot.dataDir, 'coord1', 'coordinator');
  await addStaff(bot.dataDir, 'guessme', 'loket');
  const transcript = await play(new Resident(() => bot, 'acc-user', 'acc-conv'), [
    ...TO_PROVIDER_CHOICE,
    ...PROVIDER_TO_HANDOVER,
  ]);
  reference = /WW-[0-9A-Z]{6}/.exec(transcript.join('\n'))?.[0] ?? '';
});
afterAll(async () => bot?.close());

const API = {
  loket: ['/api/staff/queue'],
  ondersteuner: ['/api/staff/handovers', '/api/staff/team'],
  coordinator: ['/api/staff/audit', '/api/staff/kaart', '/api/staff/report', '/api/staff/report.zip'],
};

/** A login through the reverse proxy (TRUST_PROXY), from the client address it forwards. */
function loginFrom(address: string, username: string, password: string): Promise<Response> {
  return fetch(`${bot.base}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username, password }),
  });
}

describe('staff access', () => {
  it('answers 401 to every staff API without a session', async () => {
    for (const path of [
      ...Object.values(API).flat(),
      '/api/staff/me',
      '/api/staff/events',
      `/api/staff/handovers/${reference}`,
    ]) {
      expect((await client().get(path)).status, path).toBe(401);
    }
  });

  it('gives each role its own part and 403 for the rest', async () => {
    for (const [username, role] of [
      ['loket1', 'loket'],
      ['mee1', 'ondersteuner'],
      ['coord1', 'coordinator'],
    ] as const) {
      const member = client();
      expect((await member.login(username)).status).toBe(200);
      for (const [owner, paths] of Object.entries(API)) {
        for (const path of paths) {
          expect((await member.get(path)).status, `${role} ${path}`).toBe(owner === role ? 200 : 403);
        }
      }
    }
  });

  it("keeps another provider's handover out of reach: 404, as if it did not exist", async () => {
    const other = client();
    await other.login('raads1');
    expect((await other.get(`/api/staff/handovers/${reference}`)).status).toBe(404);
    expect((await other.get(`/api/staff/handovers/${reference}/export`)).status).toBe(404);
    expect(
      (await other.post(`/api/staff/handovers/${reference}/status`, { status: 'geaccepteerd' })).status,
    ).toBe(404);
    expect(JSON.stringify(await other.json('/api/staff/handovers'))).not.toContain(reference);
    const own = client();
    await own.login('mee1');
    expect((await own.get(`/api/staff/handovers/${reference}`)).status).toBe(200);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, and Secure behind HTTPS', async () => {
    const plain = client();
    await plain.login('loket1');
    expect(plain.setCookie).toMatch(/HttpOnly/);
    expect(plain.setCookie).toMatch(/SameSite=Strict/);
    expect(plain.setCookie).not.toMatch(/Secure/);
    const response = await fetch(`${bot.base}/api/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ username: 'loket1', password: PASSWORD }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('refuses a change without the CSRF token, or sent as a form', async () => {
    const member = client();
    await member.login('mee1');
    const path = `/api/staff/handovers/${reference}/notes`;
    expect((await member.post(path, { tekst: 'x' }, { 'x-csrf-token': 'wrong' })).status).toBe(403);
    const form = await fetch(`${bot.base}${path}`, {
      method: 'POST',
      headers: {
        cookie: member.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        'x-csrf-token': member.csrfToken,
      },
      body: 'tekst=x',
    });
    // Refused before the body is read: no route takes anything but JSON.
    expect(form.status).toBe(415);
    expect((await member.post(path, { tekst: 'echte notitie' })).status).toBe(200);
  });

  it('slows down password guessing: after 5 failures even the right password waits', async () => {
    const guesser = client();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await guesser.login('guessme', `wrong-${attempt}`)).status).toBe(401);
    }
    const blocked = await guesser.login('guessme');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await client().login('nobody-here', 'x')).status).toBe(401);
  });

  it('counts a guess before checking it: 300 at once for one account get at most 5 tries', async () => {
    await addStaff(bot.dataDir, 'target', 'loket');
    const attacker = '198.51.100.7';
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, attempt) => loginFrom(attacker, 'target', `wrong-${attempt}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(true);
    // The guesser's address is locked out, even with the right password; the staff member is not.
    expect((await loginFrom(attacker, 'target', PASSWORD)).status).toBe(429);
    expect((await loginFrom('203.0.113.9', 'target', PASSWORD)).status).toBe(200);
  }, 60_000);

  it('limits the guesses of one address across accounts, counted before checking them', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) => loginFrom('198.51.100.8', `someone-${index}`, 'wrong')),
    );
    expect(answers.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(30);
    expect((await loginFrom('198.51.100.8', 'loket1', PASSWORD)).status).toBe(429);
  }, 60_000);

  it('locks an account for every address only when many addresses guess at it', async () => {
    await addStaff(bot.dataDir, 'popular', 'loket');
    const guesses = (address: string) =>
      Promise.all(
        Array.from({ length: 5 }, (_, attempt) => loginFrom(address, 'popular', `wrong-${attempt}`)),
      );
    await guesses('192.0.2.1');
    expect((await loginFrom('203.0.113.10', 'popular', PASSWORD)).status).toBe(200);
    // 20 addresses with 5 guesses each reach the account's ceiling of 100 in 15 minutes.
    await Promise.all(Array.from({ length: 19 }, (_, index) => guesses(`192.0.2.${index + 2}`)));
    const locked = await loginFrom('203.0.113.11', 'popular', PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000);

  it('ends the session at logout, and when the account is removed', async () => {
    const member = client();
    await member.login('loket1');
    expect((await member.post('/api/staff/logout')).status).toBe(200);
    expect((await member.get('/api/staff/queue')).status).toBe(401);
    await addStaff(bot.dataDir, 'leaver', 'loket');
    const leaver = client();
    await leaver.login('leaver');
    expect((await leaver.get('/api/staff/queue')).status).toBe(200);
    const { lowdbRepository } = await import('../../bot/storage/lowdbRepository.js');
    await lowdbRepository(bot.dataDir).staff.delete('leaver');
    expect((await leaver.get('/api/staff/queue')).status).toBe(401);
  });

  it('stores a password only as a salted scrypt hash', () => {
    const stored = readFileSync(join(bot.dataDir, 'staff', 'loket1.json'), 'utf8');
    expect(stored).not.toContain(PASSWORD);
    expect(stored).toMatch(/"passwordHash": "scrypt\$32768\$8\$1\$/);
  });

  it('serves the console with a strict CSP that forbids framing', async () => {
    const page = await fetch(`${bot.base}/staff`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).not.toContain('innerHTML');
  });

  it('serves the coverage report without scripts, framed by the console only, and refuses a bad period', async () => {
    const coordinator = client();
    await coordinator.login('coord1');
    const shown = await coordinator.get('/api/staff/report?from=2026-01-01&to=2026-11-24');
    expect(shown.status).toBe(200);
    const csp = shown.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('sandbox');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(shown.headers.get('content-disposition')).toBeNull();
    expect(await shown.text()).toContain('1 januari 2026 t/m 24 november 2026');
    const saved = await coordinator.get('/api/staff/report?from=2026-01-01&to=2026-11-24&download=1');
    expect(saved.headers.get('content-disposition')).toBe(
      'attachment; filename="wegwijzer-rapport-2026-01-01-2026-11-24.html"',
    );
    const wrong = await coordinator.get('/api/staff/report.zip?from=2026-11-24&to=2026-01-01');
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('de begindatum eerst');
  });
});

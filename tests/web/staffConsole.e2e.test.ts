import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { SCREENSHOT_DIR, WidgetUser, browserAvailable, launchChromium } from '../support/chromium.js';
import { PASSWORD, addStaff } from '../support/staffClient.js';
import { sampleKaart } from '../support/sampleKaart.js';
import { simulateDemand } from '../support/simulatedDemand.js';
import { lowdbRepository } from '../../bot/storage/lowdbRepository.js';
import type { Handover } from '../../bot/storage/records.js';

let bot: RunningBot;
const NOW = new Date('2026-11-24T10:00:00+01:00');
let browser: Browser;

/** Signs a staff member in on a fresh page. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${bot.base}/staff`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** Collects what must not happen on a page: script errors, console errors, and any alert box. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

describe.runIf(browserAvailable('Staff console end-to-end tests'))(
  'a resident and a staff member, live',
  () => {
    beforeAll(async () => {
      // Tuesday morning, so the loket is open and the resident is not offered a call-back.
      bot = await startBot(undefined, undefined, { now: () => NOW });
      await addStaff(bot.dataDir, 'anna', 'loket', { naam: 'Anna de Vries' });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await bot?.close();
    });

    it('request a person, take over, write both ways, give back, and the bot goes on', async () => {
      const residentContext = await browser.newContext({
        locale: 'nl-NL',
        viewport: { width: 1280, height: 800 },
      });
      const staffContext = await browser.newContext({
        locale: 'nl-NL',
        viewport: { width: 1280, height: 800 },
      });
      const residentPage = await residentContext.newPage();
      const staffPage = await staffContext.newPage();
      residentPage.setDefaultTimeout(5000);
      staffPage.setDefaultTimeout(5000);
      const residentProblems = watch(residentPage);
      const staffProblems = watch(staffPage);
      const resident = new WidgetUser(residentPage);

      await residentPage.goto(`${bot.base}/`);
      await residentPage.getByRole('button', { name: 'Chat met ons' }).click();
      await resident.clicks('Ja, dat mag');
      await resident.sees('Waar kan ik u mee helpen?');
      await resident.types('Ik heb <b>veel</b> schulden en kan de huur niet betalen');
      await resident.sees('Ik begrijp dat uw vraag gaat over');
      await resident.types('medewerker');
      await resident.sees('Het loket is nu open');

      await staffPage.goto(`${bot.base}/staff`);
      await staffPage.getByLabel('Gebruikersnaam').fill('anna');
      await staffPage.getByLabel('Wachtwoord').fill(PASSWORD);
      await staffPage.getByRole('button', { name: 'Aanmelden' }).click();
      await staffPage.getByText('Anna de Vries (loket)').waitFor();
      await staffPage.getByRole('link', { name: /vroeg om een medewerker/ }).click();
      // What the resident typed is shown as the characters they typed, not as markup.
      await staffPage.locator('.regel-bewoner .tekst', { hasText: '<b>veel</b>' }).waitFor();
      expect(await staffPage.locator('.transcript b').count()).toBe(0);

      await staffPage.getByRole('button', { name: 'Overnemen' }).click();
      await resident.sees('Anna de Vries van het loket is nu bij het gesprek');

      await resident.types('Hallo <img src=x onerror=alert(1)> fijn dat u er bent');
      await staffPage.locator('.regel-bewoner .tekst', { hasText: 'fijn dat u er bent' }).waitFor();
      expect(await staffPage.locator('.transcript img').count()).toBe(0);

      await staffPage
        .getByLabel('Bericht aan de inwoner')
        .fill('Goedemorgen, ik help u verder met de schulden.');
      await staffPage.getByRole('button', { name: 'Versturen' }).click();
      await resident.sees('Goedemorgen, ik help u verder met de schulden.');
      await staffPage.locator('.regel-medewerker', { hasText: 'ik help u verder' }).waitFor();
      await staffPage.screenshot({ path: join(SCREENSHOT_DIR, 'staff-console.png') });

      await staffPage.getByRole('button', { name: 'Teruggeven aan de bot' }).click();
      await resident.sees('U praat weer met Wegwijzer');
      await resident.types('Mijn moeder van 84 vergeet steeds meer');
      await resident.sees('Zorg (ouderen, beperking, ggz)');
      await staffPage.getByText('Niemand wacht.').waitFor();

      expect(residentProblems).toEqual([]);
      expect(staffProblems).toEqual([]);
      await residentContext.close();
      await staffContext.close();
    });

    it('shows a coordinator the coverage report for a period, to read, print and download', async () => {
      await simulateDemand(lowdbRepository(bot.dataDir), sampleKaart(), 300, NOW);
      await addStaff(bot.dataDir, 'kees', 'coordinator', { naam: 'Kees Jansen' });
      const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 1000 } });
      const page = await context.newPage();
      page.setDefaultTimeout(8000);
      const problems = watch(page);
      await page.goto(`${bot.base}/staff`);
      await page.getByLabel('Gebruikersnaam').fill('kees');
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('heading', { name: 'Dekkingsrapport' }).waitFor();

      // A period that ends before it starts is refused in the page, before asking the server.
      await page.getByLabel('Van').first().fill('2026-11-24');
      await page.getByLabel('Tot en met').first().fill('2026-06-01');
      await page.getByRole('button', { name: 'Tonen' }).first().click();
      await page.getByText('Kies een begin- en einddatum, de begindatum eerst.').waitFor();

      await page.getByLabel('Van').first().fill('2026-06-01');
      await page.getByLabel('Tot en met').first().fill('2026-11-24');
      await page.getByRole('button', { name: 'Tonen' }).first().click();
      const report = page.frameLocator('iframe.rapport');
      await report.getByText('periode 1 juni 2026 t/m 24 november 2026', { exact: false }).waitFor();
      await report.getByRole('heading', { name: 'Er is weinig aanbod beschikbaar voor:' }).waitFor();
      await report.getByRole('heading', { name: 'Er bestaat overlap op:' }).waitFor();
      expect(await report.locator('table.matrix').count()).toBe(2);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'coverage-report.png') });

      const zip = page.getByRole('link', { name: 'Download HTML en CSV (zip)' });
      expect(await zip.getAttribute('href')).toBe('/api/staff/report.zip?from=2026-06-01&to=2026-11-24');
      const download = await page.request.get(`${bot.base}${await zip.getAttribute('href')}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-disposition']).toBe(
        'attachment; filename="wegwijzer-rapport-2026-06-01-2026-11-24.zip"',
      );
      expect((await download.body()).includes('reflectie.csv')).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
    it('shows the loket and the provider why the bot referred, as the characters it was written in', async () => {
      // A rule's sentence with markup in it: it must appear as text, as everything else does.
      const verwijsreden = { id: 'regie-kwijt', tekst: 'Regie <b>kwijt</b> & geen netwerk' };
      const resident = { user: 'test/users/reden', conversations: ['test/conversations/reden'] };
      await bot.app.parts.handoffs.open({
        conversationKey: 'test/conversations/reden',
        reason: 'gevraagd',
        reference: {
          channelId: 'test',
          conversation: { id: 'reden', isGroup: false, name: '', conversationType: 'personal' },
        },
        summary: { levensgebieden: ['wonen'], doelgroepen: [], verwijsreden },
        taal: 'nl',
        transcript: [],
        resident,
      });
      const handover: Handover = {
        reference: 'WW-RDN7K2',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        status: 'nieuw',
        aanbieder: 'mee-voorbeeld',
        reactieBinnenWerkdagen: 3,
        contactUiterlijk: '2026-11-27',
        taal: 'nl',
        contact: { soort: 'telefoon', waarde: '06-12345678' },
        contactmoment: 'ochtend',
        vraag: 'Ik kan de huur niet betalen',
        levensgebieden: ['wonen'],
        doelgroepen: [],
        voorWie: 'zelf',
        verwijsreden,
        resident,
      };
      await lowdbRepository(bot.dataDir).handovers.put(handover.reference, handover);
      await addStaff(bot.dataDir, 'piet', 'ondersteuner', { aanbieder: 'mee-voorbeeld', naam: 'Piet' });
      // The loket and the provider each in their own browser, as on two desks.
      const deskOf = async (username: string) => {
        const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        page.setDefaultTimeout(5000);
        const seen = watch(page);
        await signIn(page, username);
        return { context, page, seen };
      };
      const loket = await deskOf('anna');
      await loket.page.getByRole('link', { name: /Regie <b>kwijt<\/b> & geen netwerk/ }).click();
      await loket.page
        .locator('.samenvatting', { hasText: 'waarom: Regie <b>kwijt</b> & geen netwerk' })
        .waitFor();
      expect(await loket.page.locator('.wachtrij b, .samenvatting b').count()).toBe(0);

      const provider = await deskOf('piet');
      await provider.page.getByRole('link', { name: 'WW-RDN7K2' }).click();
      const shown = provider.page.locator('dt', { hasText: 'Waarom verwezen' }).locator('+ dd');
      await shown.waitFor();
      expect(await shown.textContent()).toBe('Regie <b>kwijt</b> & geen netwerk');
      expect(await provider.page.locator('.velden b').count()).toBe(0);
      expect([...loket.seen, ...provider.seen]).toEqual([]);
      await loket.context.close();
      await provider.context.close();
    });
    it("opens the audit log on the loket's today, also at half past midnight when UTC is on yesterday", async () => {
      await addStaff(bot.dataDir, 'joke', 'coordinator', { naam: 'Joke Bakker' });
      const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'UTC' });
      const page = await context.newPage();
      page.setDefaultTimeout(5000);
      const problems = watch(page);
      // Wednesday 25 November 2026, 00:30 in Amsterdam: still the 24th in UTC and in this browser.
      await page.clock.setFixedTime(new Date('2026-11-24T23:30:00Z'));
      await signIn(page, 'joke');
      await page.getByRole('heading', { name: 'Auditlog' }).waitFor();
      expect(await page.locator('#van').inputValue()).toBe('2026-11-25');
      expect(await page.locator('#tot').inputValue()).toBe('2026-11-25');
      // Playwright's fake clock is a script it adds to every frame; the report's frame is
      // sandboxed without scripts on purpose, so the browser refuses it there.
      expect(problems.filter((problem) => !problem.startsWith('Blocked script execution'))).toEqual([]);
      await context.close();
    });
  },
);

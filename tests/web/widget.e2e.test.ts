import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { SCREENSHOT_DIR, WidgetUser, browserAvailable, launchChromium } from '../support/chromium.js';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

let bot: RunningBot;
let browser: Browser;
let context: BrowserContext;

describe.runIf(browserAvailable('Web widget end-to-end tests'))('the chat widget in Chromium', () => {
  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  async function openPage(fresh = false): Promise<{ page: Page; resident: WidgetUser; problems: string[] }> {
    if (fresh)
      context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${bot.base}/`);
    return { page, resident: new WidgetUser(page), problems };
  }

  it('takes a resident from the chat button to a warm handover, and a reload continues the case', async () => {
    const { page, resident, problems } = await openPage(true);
    expect(await page.title()).toContain('Gemeente Voorbeeld');

    // Keyboard: the chat button opens the window and the cursor lands in the send box.
    const launcher = page.getByRole('button', { name: 'Chat met ons' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    await resident.sees('Mag ik dit gesprek bewaren?');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe('webchat-sendbox-input');

    await resident.clicks('Ja, dat mag');
    await resident.sees('Waar kan ik u mee helpen?');
    await resident.types(
      'Ik heb een licht verstandelijke beperking. Ik kan mijn huur niet betalen en heb schulden.',
    );
    // The question tells the topic, whom it is for and the group: one clear topic is not asked
    // back, the bot says what it understood and asks the next question with it.
    await resident.sees(
      /Ik begrijp dat uw vraag gaat over Geld en schulden\. Het is voor uzelf\. Het gaat om: Licht verstandelijke beperking/,
    );
    await resident.sees('grip op uw situatie');
    await resident.clicks('Nee');
    await resident.sees('zelf kunt regelen');
    await resident.types('nee');
    await resident.sees('Waar staat u nu?');

    // A reload in the middle: the window opens again with the conversation, and it goes on.
    await page.reload();
    await resident.sees('Waar staat u nu?');
    await resident.sees('Ik heb een licht verstandelijke beperking');
    await resident.clicks('Ik krijg al hulp');
    await resident.sees('Welke organisatie kiest u?');
    await resident.clicks('MEE Voorbeeld');
    await resident.sees('Typ uw telefoonnummer of e-mailadres');
    // The contact message may say when to call; there is no separate question for it.
    await resident.types("06-12345678, liefst 's ochtends");
    // The summary and the consent to share are one question now.
    await resident.sees(
      /Dit geef ik door aan MEE Voorbeeld:.*06-12345678 \(In de ochtend\).*Mag ik dit delen met MEE Voorbeeld\?/s,
    );
    await resident.clicks('Ja, dat mag');
    await resident.sees(/Uw nummer is WW-[0-9A-Z]{6}/);
    await resident.sees('Heeft u nog een andere vraag?');

    // Web Chat scrolls smoothly: the screenshot waits until the last message is in view.
    await page.locator('.webchat__basic-transcript__activity').last().scrollIntoViewIfNeeded();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'widget-handover.png') });
    expect(problems).toEqual([]);

    // Escape closes the window and gives focus back to the chat button.
    await page.locator('[data-id="webchat-sendbox-input"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#wegwijzer-venster').isHidden()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('wegwijzer-knop');
    await page.close();

    // A later visit (a new tab: a new conversation, the same resident) is welcomed back with the case.
    const later = await openPage();
    await later.page.getByRole('button', { name: 'Chat met ons' }).click();
    await later.resident.sees('Welkom terug!');
    await later.resident.sees(
      /Vorige keer heb ik uw vraag doorgegeven aan MEE Voorbeeld, met nummer WW-[0-9A-Z]{6}/,
    );

    // "Opnieuw beginnen" forgets the resident on this device: the bot greets a stranger.
    await later.page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await later.page.getByText('U begint een nieuw gesprek').waitFor();
    await later.resident.sees('Mag ik dit gesprek bewaren?');
    expect(
      await later.page.locator('.webchat__basic-transcript__activity', { hasText: 'Welkom terug' }).count(),
    ).toBe(0);
    await later.page.close();
  }, 120_000);

  it('has no serious or critical accessibility violations with the widget open and a conversation in it', async () => {
    const { page, resident } = await openPage(true);
    await page.getByRole('button', { name: 'Chat met ons' }).click();
    await resident.sees('Mag ik dit gesprek bewaren?');
    await resident.clicks('Ja, dat mag');
    await resident.types('Mijn moeder heeft dementie en ik zorg voor haar.');
    await resident.sees('Klopt dat?');

    // page.evaluate is not bound by the page's Content-Security-Policy, so axe can be injected.
    await page.evaluate(axe.source);
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
    await page.close();
  }, 60_000);
});

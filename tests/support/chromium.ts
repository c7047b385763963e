import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../bot/paths.js';
import { type Browser, type Page, chromium } from 'playwright-core';

/** Where the browser tests leave their screenshots (git-ignored). */
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results');

/** Debian's chromium package; browser tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a notice,
 * except in CI (`CI=true`), where a missing browser is an error: CI installs it.
 */
export function browserAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `${suite}: ${CHROMIUM} is missing, and CI must run the browser tests (apt-get install chromium)`,
    );
  }
  console.warn(
    `\n  NOTICE: ${suite} skipped: no Chromium at ${CHROMIUM} (apt-get install chromium to run them)\n`,
  );
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** The resident's side of the widget: what they read, click and type. */
export class WidgetUser {
  constructor(readonly page: Page) {}

  /** Waits until the transcript shows a message containing `text`. */
  async sees(text: string | RegExp): Promise<void> {
    await this.page.locator('.webchat__basic-transcript__activity', { hasText: text }).last().waitFor();
  }

  /** Clicks one of the suggested actions under the bot's question. */
  async clicks(label: string): Promise<void> {
    await this.page.getByRole('toolbar').getByRole('button', { name: label, exact: true }).click();
  }

  /** Types into the send box and presses Enter, as a resident does. */
  async types(text: string): Promise<void> {
    const box = this.page.locator('[data-id="webchat-sendbox-input"]');
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.sees(text);
  }
}

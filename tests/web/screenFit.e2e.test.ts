import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { SCREENSHOT_DIR, WidgetUser, browserAvailable, launchChromium } from '../support/chromium.js';

/** A question with buttons, and how to reach it. The dialogs' author adjusts this when the flow changes. */
interface Question {
  name: string;
  /** A sentence of the question that the resident must be able to read above the buttons. */
  text: string;
  reach(resident: WidgetUser): Promise<void>;
}

const CONSENT: Question = {
  name: 'consent',
  text: 'Mag ik dit gesprek bewaren?',
  reach: (resident) => resident.sees('Mag ik dit gesprek bewaren?'),
};

// Today the longest list: all 13 levensgebieden, after a question the bot does not understand.
const LONG_LIST: Question = {
  name: 'levensgebieden',
  text: 'Waar gaat het vooral over?',
  async reach(resident) {
    await resident.clicks('Ja, dat mag');
    await resident.sees('Waar kan ik u mee helpen?');
    await resident.types('xyz qqq');
    await resident.sees('Waar gaat het vooral over?');
  },
};

// 200% zoom is emulated as the CSS viewport it leaves: a 1280×800 screen zoomed to 200% lays pages
// out in 640×400 CSS pixels at two device pixels each, and media queries see 640×400. A bare
// deviceScaleFactor of 2 keeps 1280×800 CSS pixels (a sharp screen, not zoom); body.style.zoom
// scales the page's content but not the viewport that media queries and fixed elements see.
const SCREENS: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
  laptop: { viewport: { width: 1280, height: 800 } },
  'zoom-200': { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
};

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where a thing is on screen, and what of it is left once every clipping ancestor and the viewport cut it. */
interface Seen {
  box: Box;
  visible: Box | null;
}

/** Runs in the page: the element's box and its part that the resident can see. */
function seenOnScreen(target: Element | Range): Seen {
  const rect = target.getBoundingClientRect();
  const box = { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  let visible: Box = { ...box };
  const cut = (by: DOMRect | Box) => {
    visible = {
      top: Math.max(visible.top, by.top),
      bottom: Math.min(visible.bottom, by.bottom),
      left: Math.max(visible.left, by.left),
      right: Math.min(visible.right, by.right),
    };
  };
  let node = target instanceof Range ? target.commonAncestorContainer.parentElement : target.parentElement;
  for (; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    // An element without a box of its own (display: contents) clips nothing.
    if (style.overflow !== 'visible' && style.display !== 'contents') cut(node.getBoundingClientRect());
  }
  cut({ top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth });
  const empty = visible.bottom - visible.top < 1 || visible.right - visible.left < 1;
  return { box, visible: empty ? null : visible };
}

/** The whole of `seen` is visible (to half a pixel: layouts round). */
function wholly(seen: Seen): boolean {
  const { box, visible } = seen;
  return (
    visible !== null &&
    visible.top - box.top < 0.5 &&
    box.bottom - visible.bottom < 0.5 &&
    visible.left - box.left < 0.5 &&
    box.right - visible.right < 0.5
  );
}

async function questionText(page: Page, sentence: string): Promise<Seen> {
  const script = `(${seenOnScreen.toString()})((() => {
    // The bubble, not the activity: an activity also holds a visually hidden copy for screen readers.
    const bubbles = document.querySelectorAll('.webchat__basic-transcript__activity .webchat__bubble__content');
    const walker = document.createTreeWalker(bubbles[bubbles.length - 1], NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = text.data.indexOf(${JSON.stringify(sentence)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + ${sentence.length});
      return range;
    }
    throw new Error('the last message does not say ' + ${JSON.stringify(sentence)});
  })())`;
  return page.evaluate<Seen>(script);
}

async function seen(page: Page, selector: string): Promise<Seen> {
  await page.locator(selector).first().waitFor();
  const script = `(${seenOnScreen.toString()})(document.querySelector(${JSON.stringify(selector)}))`;
  return page.evaluate<Seen>(script);
}

/** Web Chat scrolls smoothly; measurements wait until the transcript has come to rest at its end. */
async function settle(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
        return scroller ? scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop : 0;
      }),
    )
    .toBeLessThan(2);
}

let bot: RunningBot;
let browser: Browser;

describe.runIf(browserAvailable('Screen fit end-to-end tests'))('the chat widget on real screens', () => {
  beforeAll(async () => {
    bot = await startBot();
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  /** What a resident must be able to see and reach while `question` waits for an answer. */
  async function expectFits(page: Page, question: Question): Promise<void> {
    await settle(page);
    // The buttons may arrive a moment after the question and shrink the transcript, which then scrolls again.
    await expect
      .poll(async () => wholly(await questionText(page, question.text)), {
        message: `"${question.text}" in view`,
      })
      .toBe(true);
    const transcript = await seen(page, '.webchat__basic-transcript');
    expect(transcript.box.bottom - transcript.box.top).toBeGreaterThanOrEqual(120);
    expect(wholly(await seen(page, '[data-id="webchat-sendbox-input"]')), 'send box in view').toBe(true);

    // A keyboard user moves through the buttons with the arrow keys (the toolbar is one tab stop):
    // each must come fully into view by scrolling its list, without pushing the header (the close
    // button) or the send box away.
    const buttons = page.getByRole('toolbar', { name: 'Voorgestelde acties' }).getByRole('button');
    const labels = await buttons.allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(2);
    await buttons.first().focus();
    const focused = `(${seenOnScreen.toString()})(document.activeElement)`;
    for (const [index, label] of labels.entries()) {
      if (index > 0) await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(label);
      // The list may scroll smoothly: what counts is where it comes to rest.
      await expect
        .poll(async () => wholly(await page.evaluate<Seen>(focused)), { message: `"${label}" in view` })
        .toBe(true);
    }
    expect(wholly(await seen(page, '.wegwijzer-sluiten')), 'close button in view').toBe(true);
    expect(wholly(await seen(page, '[data-id="webchat-sendbox-input"]')), 'send box still in view').toBe(
      true,
    );
  }

  for (const [screen, options] of Object.entries(SCREENS)) {
    it(`keeps question, buttons and send box in view on a ${screen} screen`, async () => {
      const context = await browser.newContext({ locale: 'nl-NL', ...options });
      const page = await context.newPage();
      const resident = new WidgetUser(page);
      await page.goto(`${bot.base}/`);
      await page.getByRole('button', { name: 'Chat met ons' }).click();

      for (const question of [CONSENT, LONG_LIST]) {
        await question.reach(resident);
        await expectFits(page, question);
      }
      // The screenshot shows the resting state: the cursor in the send box, the list at its start.
      await page.locator('[data-id="webchat-sendbox-input"]').focus();
      await page.evaluate(() => document.querySelector('.webchat__suggested-actions__stack')?.scrollTo(0, 0));
      await settle(page);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `screen-${screen}.png`) });

      // The send box accepts typing: the message lands in the transcript.
      await resident.types('Ik kijk nog even rond');
      await context.close();
    }, 90_000);
  }
});

import { afterEach } from 'vitest';
import { type RunningBot, startBot } from './botServer.js';

/** A bot for each test of a file (or describe block): the test starts it, and it is closed after the test. */
export class BotPerTest {
  private bot: RunningBot | undefined;

  constructor() {
    afterEach(async () => {
      await this.bot?.close();
      this.bot = undefined;
    });
  }

  /** Starts the test's bot as startBot does; a second start (a restart) replaces the first. */
  async start(...args: Parameters<typeof startBot>): Promise<RunningBot> {
    this.bot = await startBot(...args);
    return this.bot;
  }

  /** The running bot, for a Resident that talks to whichever bot runs now. */
  readonly running = (): RunningBot => {
    if (!this.bot) throw new Error('no bot running');
    return this.bot;
  };
}

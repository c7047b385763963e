import { createLog } from '../../../bot/log.js';
import { startBot } from '../../support/botServer.js';
import { startAuthenticatedBot } from './authenticatedBot.js';

/**
 * Wegwijzer in a process of its own, for what a test cannot watch from inside: its standard
 * output and error as an operator's log sees them, a crash, a small file-descriptor limit.
 * Prints `{"base": ...}` once listening. `WEGWIJZER_TEST_AUTH=on` starts it with authentication.
 */
const log = createLog('debug');
const bot =
  process.env.WEGWIJZER_TEST_AUTH === 'on'
    ? await startAuthenticatedBot(log)
    : await startBot(undefined, log);
process.stdout.write(`${JSON.stringify({ base: bot.base })}\n`);

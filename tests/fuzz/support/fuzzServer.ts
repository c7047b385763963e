import { ANSWER_MS, type Answer, healthProblems } from './answers.js';
import { BotProcess } from './botProcess.js';
import { afterAll, beforeAll } from 'vitest';
import { TempFolders } from './tempFolders.js';

/**
 * The server a fuzz file sends its cases to. A case that kills it or leaves it stuck fails, and
 * the next case (a shrink of it, or the next property) gets a fresh server on fresh folders.
 */
export class FuzzServer {
  private bot: BotProcess | undefined;
  private starts = 0;
  private stopped = false;

  constructor(private readonly folders: TempFolders) {}

  /** The running server, started (again) if there is none or the last one was given up. */
  async running(): Promise<BotProcess> {
    if (this.bot?.alive) return this.bot;
    // A case the time budget cut off may still be running: it must not start a server after the end.
    if (this.stopped) throw new Error('FuzzServer.running(): the file is done, no new servers');
    this.starts += 1;
    this.bot = await BotProcess.start(this.folders.serverFolders(`server-${this.starts}`));
    return this.bot;
  }

  /**
   * Fails the case with every problem found, and with the server's own state after it: it must
   * be alive and answer /healthz. A server that died or got stuck is not used again.
   */
  async judge(bot: BotProcess, answer: Answer, problems: string[]): Promise<void> {
    await this.judgeServer(bot, problems, answer.timedOut === true);
  }

  /** As judge(), for cases that are not one HTTP request; `stuck`: the server stopped answering. */
  async judgeServer(bot: BotProcess, problems: string[], stuck = false): Promise<void> {
    const health =
      stuck && bot.alive
        ? [`the server is stuck: no answer within ${ANSWER_MS / 1000} s (a fresh one takes the next case)`]
        : await healthProblems(bot);
    if (health.length > 0) await bot.kill();
    const all = [...problems, ...health];
    // Every problem in full: fast-check shows this message with the counterexample.
    if (all.length > 0) throw new Error(all.map((problem) => `- ${problem}`).join('\n'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.bot?.kill();
    this.bot = undefined;
  }
}

/**
 * The server of one fuzz file, in temp folders of its own: started before the file's properties,
 * so that their time budgets go to cases, not to a slow start; stopped, and its folders removed,
 * after them.
 */
export function serverForThisFile(): FuzzServer {
  const folders = new TempFolders();
  const server = new FuzzServer(folders);
  beforeAll(async () => {
    await server.running();
  });
  afterAll(async () => {
    await server.stop();
    folders.remove();
  });
  return server;
}

import type { BotProcess } from './botProcess.js';
import { ownClient } from './clientAddresses.js';

/** What the server answered to one fuzzed request; status 0 when it did not answer at all. */
export interface Answer {
  status: number;
  body: string;
  /** Why there is no answer (connection reset, timeout...). */
  failure?: string;
  /** No answer in ANSWER_MS: the server is stuck, or the request never ended. */
  timedOut?: boolean;
}

// A restify error body carries the error's message: a RangeError's reads "Maximum call stack
// size exceeded". A stack has "at function (file:line:column)" lines.
// Inside a JSON body a stack's line breaks are the two characters \n.
const STACK_SIGNS =
  /RangeError|Maximum call stack|(?:\n|\\n)\s*at [^\n]*?:\d+:\d+|node:internal|\/bot\/[\w/]+\.[jt]s:\d+/;

/**
 * How long a request may wait for its answer: long enough for a 450 kB message on two busy
 * cores. Not a speed requirement: a server that takes longer has hung.
 */
export const ANSWER_MS = 30_000;

/** What is wrong with an answer, whatever was asked: no answer, a 5xx, a stack trace or RangeError. */
export function answerProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status === 0) problems.push(`no answer: ${answer.failure ?? 'unknown'}`);
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}: ${answer.body.slice(0, 300)}`);
  const stack = STACK_SIGNS.exec(answer.body);
  if (stack) problems.push(`the body shows an internal error ("${stack[0]}"): ${answer.body.slice(0, 300)}`);
  return problems;
}

/** The problem with a status that should have been a 4xx (bad input gets a clear 4xx), if any. */
export function not4xx(answer: Answer): string[] {
  return answer.status >= 400 && answer.status < 500
    ? []
    : [`expected a 4xx for bad input, got HTTP ${answer.status}: ${answer.body.slice(0, 200)}`];
}

/** What is wrong with the server after a case: it died, or /healthz does not answer 200. */
export async function healthProblems(bot: BotProcess): Promise<string[]> {
  const dead = async () => {
    const words = (await bot.lastWords()).replace(/^.*DeprecationWarning.*\n|^\(Use `node --trace.*\n/gm, '');
    return [`the server died (${bot.ending}); its last words:\n${words.slice(-2000)}`];
  };
  if (!bot.alive) return dead();
  try {
    const response = await fetch(`${bot.base}/healthz`, {
      headers: ownClient(),
      signal: AbortSignal.timeout(ANSWER_MS),
    });
    await response.arrayBuffer();
    if (response.status === 200) return [];
    return [`/healthz answered HTTP ${response.status}`];
  } catch (error) {
    // Refused: the process is on its way out; give its exit a moment to be seen.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return bot.alive ? [`/healthz did not answer: ${String(error)}`] : dead();
  }
}

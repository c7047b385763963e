import { type Answer, answerProblems } from './answers.js';
import type { BotProcess } from './botProcess.js';
import { send } from './send.js';

/** A resident's conversation on the built-in Direct Line channel, as the page starts one. */
export interface DirectLineSession {
  token: string;
  conversationId: string;
  userId: string;
  /** The conversation's activities seen so far. */
  watermark: string | undefined;
}

/** Where the built-in channel's Direct Line 3.0 routes start. */
export const DIRECT_LINE = '/v3/directline';

// The token route allows 60 new conversations per address per 10 minutes: a fuzz file shares one
// conversation per server instead of starting one per case.
const sessions = new WeakMap<BotProcess, DirectLineSession>();

/** The server's shared conversation: a token from the token route, then the conversation started. */
export async function sessionOf(bot: BotProcess): Promise<DirectLineSession> {
  const known = sessions.get(bot);
  if (known) return known;
  const issued = await send(bot.base, '/api/directline/token', {
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (issued.status !== 200)
    throw new Error(`token route: ${answerProblems(issued).join('; ')} ${issued.status}`);
  const { token, conversationId, userId }: { token: string; conversationId: string; userId: string } =
    JSON.parse(issued.body);
  const started = await send(bot.base, `${DIRECT_LINE}/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  if (started.status !== 201) throw new Error(`starting the conversation: HTTP ${started.status}`);
  const session = { token, conversationId, userId, watermark: undefined };
  sessions.set(bot, session);
  return session;
}

/** The texts of the activities added to the conversation since the last call. */
export async function newTexts(bot: BotProcess, session: DirectLineSession): Promise<string[]> {
  const query = session.watermark === undefined ? '' : `?watermark=${session.watermark}`;
  const answer: Answer = await send(
    bot.base,
    `${DIRECT_LINE}/conversations/${session.conversationId}/activities${query}`,
    { headers: { authorization: `Bearer ${session.token}` } },
  );
  if (answer.status !== 200) return [`(reading the conversation failed: HTTP ${answer.status})`];
  const read: { activities: { text?: string }[]; watermark: string } = JSON.parse(answer.body);
  session.watermark = read.watermark;
  return read.activities.map((activity) => activity.text ?? '');
}

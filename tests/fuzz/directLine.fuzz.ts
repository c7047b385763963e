import fc from 'fast-check';
import { describe, it } from 'vitest';
import { mutatedJson } from './support/activityCases.js';
import { answerProblems } from './support/answers.js';
import { apologises } from './support/botTexts.js';
import { multipart } from './support/bodyCases.js';
import { filesUnder } from './support/dataFiles.js';
import { DIRECT_LINE, type DirectLineSession, newTexts, sessionOf } from './support/directLineSession.js';
import { type RouteSpec, clientMutations, routeSpec } from './support/directLineArbitraries.js';
import { type Budget, checkProperty, scaled, testTimeout } from './support/fuzzSettings.js';
import { serverForThisFile } from './support/fuzzServer.js';
import { type Sent, send } from './support/send.js';

const server = serverForThisFile();

const MANY: Budget = { runs: scaled(100), ms: scaled(30_000) };

/** The path, method and request of a route case. */
function routeRequest(spec: RouteSpec, session: DirectLineSession): { path: string; sent: Sent } {
  const conversation = spec.conversation === 'own' ? session.conversationId : spec.conversation;
  const paths: Record<RouteSpec['route'], [string, string]> = {
    start: ['POST', '/conversations'],
    conversation: ['GET', `/conversations/${conversation}`],
    activities: ['GET', `/conversations/${conversation}/activities`],
    'post-activity': ['POST', `/conversations/${conversation}/activities`],
    upload: ['POST', `/conversations/${conversation}/upload`],
    refresh: ['POST', '/tokens/refresh'],
  };
  const [method, path] = paths[spec.route];
  const headers: Record<string, string> = {};
  if (spec.authorization === 'own') headers.authorization = `Bearer ${session.token}`;
  else if (spec.authorization !== 'none') headers.authorization = spec.authorization;
  const sent: Sent = { method: spec.method ?? method, headers };
  if (spec.body === 'json') {
    headers['content-type'] = 'application/json';
    sent.body = JSON.stringify({ type: 'message', text: 'hallo' });
  }
  if (spec.body === 'multipart') {
    const form = multipart({ boundary: 'b', parts: [{ name: 'file', filename: 'a.txt', content: 'hallo' }] });
    Object.assign(headers, form.headers);
    sent.body = form.body;
  }
  if (sent.method === 'GET' || sent.method === 'OPTIONS') delete sent.body;
  const query = spec.watermark === undefined ? '' : `?watermark=${spec.watermark}`;
  return { path: `${DIRECT_LINE}${path}${query}`, sent };
}

describe('the built-in Direct Line channel, fuzzed: never a 5xx or a stack, and the server stays up', () => {
  it(
    'takes client activities with wrong types, odd values, long texts and deep nesting',
    async () => {
      await checkProperty(
        'direct line: client activities',
        fc.asyncProperty(clientMutations(), async (mutations) => {
          const bot = await server.running();
          const session = await sessionOf(bot);
          await newTexts(bot, session);
          const start = {
            type: 'message',
            text: 'Ik heb schulden',
            from: { id: session.userId },
            locale: 'nl-NL',
          };
          const answer = await send(
            bot.base,
            `${DIRECT_LINE}/conversations/${session.conversationId}/activities`,
            {
              headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
              body: mutatedJson(start, mutations),
            },
          );
          const failed = bot.alive && (await newTexts(bot, session)).some(apologises);
          await server.judge(bot, answer, [
            ...answerProblems(answer),
            ...(failed ? ['the turn failed inside the bot (it apologised in the conversation)'] : []),
          ]);
        }),
        MANY,
      );
    },
    testTimeout(MANY),
  );

  it(
    'answers its routes with fuzzed conversations, tokens, watermarks, methods and bodies',
    async () => {
      await checkProperty(
        'direct line: routes',
        fc.asyncProperty(routeSpec(), async (spec) => {
          const bot = await server.running();
          const session = await sessionOf(bot);
          const before = new Set(filesUnder(bot.folders.tmpDir));
          const { path, sent } = routeRequest(spec, session);
          const answer = await send(bot.base, path, sent);
          const leftBehind = filesUnder(bot.folders.tmpDir)
            .filter((file) => !before.has(file))
            .map((file) => `left in the server's TMPDIR: ${file}`);
          await server.judge(bot, answer, [...answerProblems(answer), ...leftBehind]);
        }),
        MANY,
      );
    },
    testTimeout(MANY),
  );
});

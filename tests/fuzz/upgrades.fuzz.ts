import fc from 'fast-check';
import { describe, it } from 'vitest';
import { answerProblems } from './support/answers.js';
import { sessionOf } from './support/directLineSession.js';
import { type Budget, checkProperty, scaled, testTimeout } from './support/fuzzSettings.js';
import { serverForThisFile } from './support/fuzzServer.js';
import { rawExchange } from './support/rawExchange.js';
import {
  type UpgradeSpec,
  otherPathUpgrade,
  upgradeRequest,
  upgradeSpec,
} from './support/upgradeArbitraries.js';

const server = serverForThisFile();

// How long a case listens for the server's reaction to an upgrade. Not a speed requirement: a
// crash comes at once, and a server that answers at all answers within milliseconds; a socket
// still silent after this long is one the server has left hanging.
const LISTEN_MS = 500;
const ANSWER_UPGRADE_MS = 3_000;

const MANY: Budget = { runs: scaled(100), ms: scaled(30_000) };
const FEW: Budget = { runs: scaled(15), ms: scaled(30_000) };

const browserHeaders = {
  method: 'GET',
  upgrade: 'websocket',
  connection: 'Upgrade',
  version: '13',
  key: 'dGhlIHNhbXBsZSBub25jZQ==',
};

/** The upgrades the attack report (issue 14) found to crash the server. */
const REPORTED: [UpgradeSpec][] = [
  [{ ...browserHeaders, target: { path: '/v3/directline/conversations/%E0%A4%A/stream' } }],
  [{ ...browserHeaders, target: { path: '//[' } }],
];

describe('WebSocket upgrades, fuzzed', () => {
  it(
    'never crash the server, get a 5xx or show a stack, whatever the path, query and headers',
    async () => {
      await checkProperty(
        'upgrades: paths and queries',
        fc.asyncProperty(upgradeSpec(), async (spec) => {
          const bot = await server.running();
          const session = await sessionOf(bot);
          const answer = await rawExchange(
            bot.base,
            upgradeRequest(spec, session, new URL(bot.base).host),
            LISTEN_MS,
          );
          const problems = answerProblems({ status: answer.status ?? 200, body: answer.received });
          await server.judgeServer(bot, problems);
        }),
        MANY,
        { examples: REPORTED },
      );
    },
    testTimeout(MANY),
  );

  it(
    'to a path that is no stream are answered or closed, not left hanging',
    async () => {
      await checkProperty(
        'upgrades: other paths',
        fc.asyncProperty(otherPathUpgrade(), async (spec) => {
          const bot = await server.running();
          const session = await sessionOf(bot);
          const request = upgradeRequest(spec, session, new URL(bot.base).host);
          const answer = await rawExchange(bot.base, request, ANSWER_UPGRADE_MS);
          const hanging =
            answer.ending === 'silent' && answer.status === undefined
              ? [
                  `no answer and still open after ${ANSWER_UPGRADE_MS / 1000} s (a descriptor held for nothing)`,
                ]
              : [];
          const problems = answerProblems({ status: answer.status ?? 200, body: answer.received });
          await server.judgeServer(bot, [...hanging, ...problems]);
        }),
        FEW,
      );
    },
    testTimeout(FEW),
  );
});

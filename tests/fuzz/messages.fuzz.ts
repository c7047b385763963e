import fc from 'fast-check';
import { describe, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../bot/server.js';
import { activityJson } from './support/activityCases.js';
import { activitySpec, deepMutation } from './support/activityArbitraries.js';
import { answerProblems, not4xx } from './support/answers.js';
import { turnFailed } from './support/botTexts.js';
import {
  compressedTransport,
  multipartSpec,
  nonActivitySpec,
  plainTransport,
} from './support/bodyArbitraries.js';
import { type TransportSpec, encoded, multipart, nonActivityBytes } from './support/bodyCases.js';
import { filesUnder } from './support/dataFiles.js';
import { type Budget, checkProperty, scaled, testTimeout } from './support/fuzzSettings.js';
import { serverForThisFile } from './support/fuzzServer.js';
import { postJson, postToBot, warmedUp } from './support/messagesEndpoint.js';

const server = serverForThisFile();

const budget = (runs: number): Budget => ({ runs: scaled(runs), ms: scaled(30_000) });
const MANY = budget(100);
const FEW = budget(25);

describe('/api/messages, fuzzed: never a 5xx or a stack, and the server stays up', () => {
  it(
    'takes Bot Framework activities with wrong types, missing fields, odd values and long texts',
    async () => {
      await checkProperty(
        'messages: mutated activities',
        fc.asyncProperty(activitySpec({ long: true }), async (spec) => {
          const bot = await server.running();
          const { ids, problems } = await warmedUp(bot.base, spec.stage);
          const answer = await postJson(bot.base, activityJson(spec, ids));
          await server.judge(bot, answer, [...problems, ...answerProblems(answer), ...turnFailed(answer)]);
        }),
        MANY,
      );
    },
    testTimeout(MANY),
  );

  it(
    'takes activities nested thousands of levels deep without a failed turn',
    async () => {
      const spec = fc.record({
        stage: fc.constantFrom('opening', 'consent', 'question'),
        mutations: fc.array(deepMutation(), { minLength: 1, maxLength: 2 }),
      });
      await checkProperty(
        'messages: deep nesting',
        fc.asyncProperty(spec, async (deep) => {
          const bot = await server.running();
          const { ids, problems } = await warmedUp(bot.base, deep.stage);
          const answer = await postJson(bot.base, activityJson(deep, ids));
          await server.judge(bot, answer, [...problems, ...answerProblems(answer), ...turnFailed(answer)]);
        }),
        FEW,
      );
    },
    testTimeout(FEW),
  );

  it(
    'answers bodies that are no activity (cut JSON, bytes, text, other JSON) with a 4xx, whatever the Content-Type',
    async () => {
      await checkProperty(
        'messages: not an activity',
        fc.asyncProperty(nonActivitySpec(), plainTransport(), async (body, transport) => {
          const bot = await server.running();
          const answer = await postToBot(bot.base, encoded(nonActivityBytes(body), transport));
          await server.judge(bot, answer, [...answerProblems(answer), ...not4xx(answer)]);
        }),
        MANY,
      );
    },
    testTimeout(MANY),
  );

  it(
    'takes compressed bodies, damaged ones, and ones whose Content-Encoding says something else',
    async () => {
      await checkProperty(
        'messages: content encodings',
        fc.asyncProperty(
          activitySpec({ maxMutations: 1 }),
          compressedTransport(),
          async (spec, transport) => {
            const bot = await server.running();
            const { ids, problems } = await warmedUp(bot.base, spec.stage);
            const answer = await postToBot(bot.base, encoded(activityJson(spec, ids), transport));
            // Damaged bytes under a header that names their compression: nothing can decode them.
            const damaged =
              transport.compression !== undefined &&
              transport.damage !== 'none' &&
              transport.contentEncoding === transport.compression;
            await server.judge(bot, answer, [
              ...problems,
              ...answerProblems(answer),
              ...turnFailed(answer),
              ...(damaged ? not4xx(answer) : []),
            ]);
          },
        ),
        MANY,
      );
    },
    testTimeout(MANY),
  );

  it(
    'holds its body limit after decoding: a small compressed body that unpacks beyond it gets a 4xx',
    async () => {
      const bomb = fc.record({
        compression: fc.constantFrom<'gzip' | 'deflate'>('gzip', 'deflate'),
        unpackedBytes: fc.integer({ min: MAX_BODY_BYTES + 1, max: 16 * 1024 * 1024 }),
      });
      await checkProperty(
        'messages: limit after decoding',
        fc.asyncProperty(bomb, async ({ compression, unpackedBytes }) => {
          const bot = await server.running();
          const { ids } = await warmedUp(bot.base, 'opening');
          const shell = activityJson(
            { stage: 'opening', mutations: [{ set: 'text', to: { json: '' } }] },
            ids,
          );
          const json = shell.replace('"text":""', `"text":"${'a'.repeat(unpackedBytes - shell.length)}"`);
          const transport: TransportSpec = {
            contentType: 'application/json',
            charset: 'utf-8',
            compression,
            contentEncoding: compression,
            damage: 'none',
          };
          const answer = await postToBot(bot.base, encoded(json, transport));
          await server.judge(bot, answer, [...answerProblems(answer), ...not4xx(answer)]);
        }),
        FEW,
      );
    },
    testTimeout(FEW),
  );

  it(
    'refuses multipart bodies with a 4xx and writes nothing of them to its temp folder',
    async () => {
      await checkProperty(
        'messages: multipart',
        fc.asyncProperty(multipartSpec(), async (spec) => {
          const bot = await server.running();
          const before = new Set(filesUnder(bot.folders.tmpDir));
          const answer = await postToBot(bot.base, multipart(spec));
          const leftBehind = filesUnder(bot.folders.tmpDir)
            .filter((file) => !before.has(file))
            .map((file) => `left in the server's TMPDIR: ${file}`);
          await server.judge(bot, answer, [...answerProblems(answer), ...not4xx(answer), ...leftBehind]);
        }),
        FEW,
      );
    },
    testTimeout(FEW),
  );
});

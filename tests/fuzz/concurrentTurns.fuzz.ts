import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { apologises } from './support/botTexts.js';
import { consentedResidents } from './support/consentedResidents.js';
import { filesHolding } from './support/dataFiles.js';
import { type Budget, checkProperty, scaled, testTimeout } from './support/fuzzSettings.js';
import { serverForThisFile } from './support/fuzzServer.js';

const server = serverForThisFile();

const budget: Budget = { runs: scaled(10), ms: scaled(60_000) };

describe('turns of one conversation at the same time (two tabs, a double send)', () => {
  it(
    'lose nothing: every message the bot answered normally is in the stored conversation',
    async () => {
      await checkProperty(
        'concurrent turns: nothing lost',
        fc.asyncProperty(fc.integer({ min: 2, max: 8 }), async (together) => {
          const bot = await server.running();
          const { residents, problems } = await consentedResidents(
            () => bot.base,
            1,
            randomUUID().slice(0, 8),
          );
          const resident = residents[0]!;
          const texts = Array.from(
            { length: together },
            (_, index) => `Tegelijk ${index} ${randomUUID().slice(0, 8)}`,
          );
          const heard = await Promise.all(texts.map((text) => resident.say(text)));
          const stored = new Set(
            [...filesHolding(bot.folders.dataDir, texts).entries()]
              .filter(([, files]) => files.some((file) => file.endsWith('.json')))
              .map(([text]) => text),
          );
          texts.forEach((text, index) => {
            const { status, text: answer } = heard[index]!;
            if (status === 200 && !apologises(answer) && !stored.has(text)) {
              problems.push(`"${text}" was answered normally, but is not in the stored conversation`);
            }
          });
          await server.judgeServer(bot, problems);
        }),
        budget,
      );
    },
    testTimeout(budget),
  );
});

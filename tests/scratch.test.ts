import { it } from 'vitest';
import { Resident, startBot, stepOf, textOf, outcomeOf } from './support/botServer.js';

const scripts: (string | { choice: string })[][] = JSON.parse(process.env.SCRIPTS ?? '[]');
it('scratch', async () => {
  const bot = await startBot(undefined, undefined, { now: () => new Date('2026-11-24T10:00:00+01:00') });
  let n = 0;
  for (const script of scripts) {
    n += 1;
    const r = new Resident(() => bot, `u${n}`, `c${n}`);
    console.log(`\n===== script ${n}`);
    for (const input of script) {
      const replies = input === 'join' ? await r.join() : await r.say(input);
      console.log(`> ${JSON.stringify(input)}\n${textOf(replies)}\n   [step=${stepOf(replies)} outcome=${outcomeOf(replies)?.type ?? ''} buttons=${JSON.stringify(replies.flatMap((a) => a.suggestedActions?.actions ?? []).map((b) => b.title))}]`);
    }
  }
  await bot.close();
}, 60000);

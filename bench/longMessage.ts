import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sampleAnalyser } from '../tests/support/sampleKaart.js';
import { Resident, type RunningBot, startBot } from '../tests/support/botServer.js';
import { type LatencySummary, ms, summarise } from './stats.js';

/**
 * What one long pasted message costs (issue 14): `npx tsx bench/longMessage.ts`. For 1 kB,
 * 100 kB and 400 kB it prints the analyser's time (median of three), and for one turn through
 * the real server how long the event loop was blocked and how long short /healthz requests sent
 * meanwhile took: at a button step (the consent question) and at the question step, with a
 * crisis told at the end.
 */
const SIZES = [1_000, 100_000, 400_000];
const HEALTH_POLLERS = 4;
const ANALYSER_ROUNDS = 3;

// A paste with numbers and without any word the yes/no buttons accept ("ja", "niet", "graag"):
// at a button step the choice recognizers then search all of it.
const SENTENCES = [
  'Ik heb een vraag over mijn rekeningen en mijn moeder van 88 met dementie.',
  'Mijn zoon van 15 heeft een licht verstandelijke beperking en gaat nooit meer naar school.',
  'Sinds mijn herseninfarct ben ik mijn werk kwijt en de huur van 950 euro is te hoog.',
  'Ik ben mantelzorger voor mijn vader van 91 en het is zwaar.',
  'I cannot pay my bills and my landlord wants me out of the house.',
];
const CRISIS = ' Ik wil mezelf iets aandoen.';

/** A pasted text of about `size` characters; with a crisis told at its very end, if asked. */
function pasted(size: number, crisisAtEnd = false): string {
  const end = crisisAtEnd ? CRISIS : '';
  let text = '';
  for (let index = 0; text.length < size - end.length; index++) {
    text += `${SENTENCES[index % SENTENCES.length]} `;
  }
  return text.slice(0, size - end.length) + end;
}

interface TurnFigures {
  turnMs: number;
  loopBlockMs: number;
  health: LatencySummary;
}

/** Sends `text` as one turn while short /healthz requests run, and measures both. */
async function measureTurn(bot: RunningBot, resident: Resident, text: string): Promise<TurnFigures> {
  const health: number[] = [];
  let running = true;
  const poll = async () => {
    while (running) {
      const start = performance.now();
      await (await fetch(`${bot.base}/healthz`)).arrayBuffer();
      health.push(performance.now() - start);
    }
  };
  const pollers = Array.from({ length: HEALTH_POLLERS }, poll);
  // The histogram records only from its first tick on: it runs a while before the turn.
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  await resident.say(text);
  const turnMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  loop.disable();
  running = false;
  await Promise.all(pollers);
  return { turnMs, loopBlockMs: loop.max / 1e6, health: summarise(health) };
}

const analyser = sampleAnalyser();
analyser.analyse(pasted(2_000)); // warm-up: JIT and the word cache
console.log('size     analyser   scenario     turn        loop block  /healthz p50 / p99 / max');
const bot = await startBot();
let conversation = 0;
try {
  // Warm-up, not measured: both scenarios once, so the JIT and the caches have settled.
  for (const id of ['bench-warm-up-1', 'bench-warm-up-2']) {
    const warmUp = new Resident(() => bot, id, id);
    await warmUp.join();
    await warmUp.say(pasted(2_000));
    await warmUp.say({ choice: 'yes' });
    await warmUp.say(pasted(2_000));
  }
  for (const size of SIZES) {
    const text = pasted(size, true);
    const analyserMs = summarise(
      Array.from({ length: ANALYSER_ROUNDS }, () => {
        const started = performance.now();
        analyser.analyse(text);
        return performance.now() - started;
      }),
    ).p50;
    for (const scenario of ['button step', 'question'] as const) {
      conversation += 1;
      const resident = new Resident(() => bot, `bench-${conversation}`, `bench-${conversation}`);
      await resident.join();
      if (scenario === 'question') await resident.say({ choice: 'yes' });
      // At the button step without a crisis: else the crisis is answered and no choice is read.
      const turn = await measureTurn(bot, resident, scenario === 'question' ? text : pasted(size));
      const { p50, p99, max } = turn.health;
      console.log(
        [
          `${size / 1000} kB`.padEnd(8),
          ms(analyserMs).padEnd(10),
          scenario.padEnd(12),
          ms(turn.turnMs).padEnd(11),
          ms(turn.loopBlockMs).padEnd(11),
          `${ms(p50)} / ${ms(p99)} / ${ms(max)} (${turn.health.count} requests)`,
        ].join(' '),
      );
    }
  }
} finally {
  await bot.close();
}

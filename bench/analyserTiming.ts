import { readFileSync } from 'node:fs';
import { Analyser } from '../bot/analyser/analyser.js';
import { loadTaal } from '../bot/analyser/taal.js';
import { parseKaart } from '../bot/kaart/parseKaart.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../bot/paths.js';
import { QUESTION_SETS, loadQuestionSet } from '../tests/analyser/questionSets.js';

export interface AnalyserTiming {
  kaartMs: number;
  buildMs: number;
  messages: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Time for one very long message (about 50 kB). */
  longMessageMs: number;
}

/** The analyser's time per message over every held question set, after a warm-up round. */
export function measureAnalyser(rounds = 50): AnalyserTiming {
  const started = performance.now();
  const parsed = parseKaart(readFileSync(SAMPLE_KAART_FILE, 'utf8'));
  if (!parsed.kaart) throw new Error('measureAnalyser(): the sample kaart does not parse');
  const loadedAt = performance.now();
  const analyser = new Analyser(parsed.kaart, loadTaal(TAAL_FILE));
  const builtAt = performance.now();

  const questions = QUESTION_SETS.flatMap((name) => loadQuestionSet(name).map((question) => question.vraag));
  for (const question of questions) analyser.analyse(question); // warm-up: JIT and the word cache
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const start = performance.now();
      analyser.analyse(question);
      timings.push(performance.now() - start);
    }
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!;

  const long = `${'Ik heb een vraag over mijn rekeningen en mijn moeder van 88 met dementie. '.repeat(700)}Ik wil niet meer leven.`;
  const longStart = performance.now();
  analyser.analyse(long);
  return {
    kaartMs: loadedAt - started,
    buildMs: builtAt - loadedAt,
    messages: timings.length,
    meanMs: timings.reduce((sum, t) => sum + t, 0) / timings.length,
    p50Ms: at(50),
    p99Ms: at(99),
    longMessageMs: performance.now() - longStart,
  };
}

import { readFileSync } from 'node:fs';
import { Analyser } from '../bot/analyser/analyser.js';
import { loadTaal } from '../bot/analyser/taal.js';
import { parseKaart } from '../bot/kaart/parseKaart.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../bot/paths.js';
import { QUESTION_SETS, loadQuestionSet } from '../tests/analyser/questionSets.js';

/**
 * How fast the analyser is on real questions: `npm run bench:analyser`. Prints the figures;
 * the budget (issue 7) is under 0.2 ms per message on average.
 */
const started = performance.now();
const parsed = parseKaart(readFileSync(SAMPLE_KAART_FILE, 'utf8'));
if (!parsed.kaart) throw new Error('the sample kaart does not parse');
const loadedAt = performance.now();
const analyser = new Analyser(parsed.kaart, loadTaal(TAAL_FILE));
const builtAt = performance.now();

const questions = QUESTION_SETS.flatMap((name) => loadQuestionSet(name).map((question) => question.vraag));
const ROUNDS = 50;
for (const question of questions) analyser.analyse(question); // warm-up: JIT and the word cache

const timings: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const question of questions) {
    const start = performance.now();
    analyser.analyse(question);
    timings.push(performance.now() - start);
  }
}
timings.sort((a, b) => a - b);
const percentile = (p: number) =>
  timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!;
const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;

const long = `${'Ik heb een vraag over mijn rekeningen en mijn moeder van 88 met dementie. '.repeat(700)}Ik wil niet meer leven.`;
const longStart = performance.now();
analyser.analyse(long);
const longMs = performance.now() - longStart;

const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(`kaart parsed and checked:   ${ms(loadedAt - started)}`);
console.log(`analyser built:             ${ms(builtAt - loadedAt)}`);
console.log(`messages analysed:          ${timings.length} (${questions.length} questions × ${ROUNDS})`);
console.log(`per message mean/p50/p99:   ${ms(mean)} / ${ms(percentile(50))} / ${ms(percentile(99))}`);
console.log(`messages per second:        ${Math.round(1000 / mean)}`);
console.log(`one ${Math.round(long.length / 1000)} kB message:          ${ms(longMs)}`);
console.log(`heap used:                  ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);

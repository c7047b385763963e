import { measureAnalyser } from './analyserTiming.js';

/**
 * How fast the analyser is on real questions: `npm run bench:analyser`. Prints the figures;
 * the budget (issue 7) is under 0.2 ms per message on average. `npm run bench` checks it.
 */
const timing = measureAnalyser();
const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(`kaart parsed and checked:   ${ms(timing.kaartMs)}`);
console.log(`analyser built:             ${ms(timing.buildMs)}`);
console.log(`messages analysed:          ${timing.messages}`);
console.log(`per message mean/p50/p99:   ${ms(timing.meanMs)} / ${ms(timing.p50Ms)} / ${ms(timing.p99Ms)}`);
console.log(`messages per second:        ${Math.round(1000 / timing.meanMs)}`);
console.log(`one 50 kB message:          ${ms(timing.longMessageMs)}`);
console.log(`heap used:                  ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);

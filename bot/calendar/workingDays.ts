import { type LoketDag, addDays, weekdayOf } from './days.js';
import { isFeestdag } from './feestdagen.js';

/** Monday to Friday, and no public holiday (see isFeestdag for which ones count). */
export function isWerkdag(dag: LoketDag): boolean {
  return weekdayOf(dag) <= 5 && !isFeestdag(dag);
}

/** The loket day `days` working days after `from` (which need not be a working day itself). */
export function addWorkingDays(from: LoketDag, days: number): LoketDag {
  let dag = from;
  for (let left = days; left > 0;) {
    dag = addDays(dag, 1);
    if (isWerkdag(dag)) left -= 1;
  }
  return dag;
}

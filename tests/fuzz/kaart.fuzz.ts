import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { loadTaal } from '../../bot/analyser/taal.js';
import { KaartStore } from '../../bot/kaart/kaartStore.js';
import type { KaartProblem } from '../../bot/kaart/problem.js';
import { readKaartFile } from '../../bot/kaart/readKaartFile.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../../bot/paths.js';
import { type Budget, checkProperty, scaled, testTimeout } from './support/fuzzSettings.js';
import { applyEdits, kaartEdits } from './support/kaartMutations.js';
import { TempFolders } from './support/tempFolders.js';

const SAMPLE = readFileSync(SAMPLE_KAART_FILE);
const TODAY = new Date('2026-11-24T12:00:00Z');
const folders = new TempFolders();
const file = join(folders.folder('kaart'), 'sociale-kaart.yaml');
afterAll(() => folders.remove());

const budget: Budget = { runs: scaled(40), ms: scaled(30_000) };

/** What is wrong with a load's problems: one without a place in the file, or none for a kaart refused. */
function misplaced(kaartLoaded: boolean, problems: KaartProblem[]): string[] {
  const found = problems
    .filter((problem) => !(Number.isInteger(problem.line) && problem.line >= 1))
    .concat(problems.filter((problem) => !(Number.isInteger(problem.column) && problem.column >= 1)))
    .map(
      (problem) =>
        `no place in the file (line ${problem.line}, column ${problem.column}): ${problem.message}`,
    );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (!kaartLoaded && errors === 0) found.push('the kaart was refused without an error saying why');
  if (kaartLoaded && errors > 0) found.push('the kaart was loaded despite errors');
  return found;
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new Error(problems.map((problem) => `- ${problem}`).join('\n'));
}

describe('the sociale kaart, mutated', () => {
  it(
    'is read without an exception, and every problem has a line and column from 1',
    async () => {
      await checkProperty(
        'kaart: readKaartFile',
        fc.property(kaartEdits(), (edits) => {
          writeFileSync(file, applyEdits(SAMPLE, edits));
          const { kaart, problems } = readKaartFile(file, TODAY);
          fail(misplaced(kaart !== null, problems));
        }),
        budget,
      );
    },
    testTimeout(budget),
  );

  it(
    'is reloaded by KaartStore without an exception, and a broken one keeps the last good kaart',
    async () => {
      writeFileSync(file, SAMPLE);
      const store = KaartStore.open(file, { taal: loadTaal(TAAL_FILE), today: () => TODAY });
      try {
        await checkProperty(
          'kaart: KaartStore.reload',
          fc.property(kaartEdits(), (edits) => {
            const lastGood = store.kaart;
            writeFileSync(file, applyEdits(SAMPLE, edits));
            const status = store.reload();
            const problems = misplaced(status.upToDate, status.problems);
            if (!status.upToDate && store.kaart !== lastGood)
              problems.push('a broken kaart replaced the last good one');
            if (status.upToDate && status.versie !== store.kaart.versie)
              problems.push('the status names another versie');
            fail(problems);
          }),
          budget,
        );
      } finally {
        store.close();
        rmSync(file, { force: true });
      }
    },
    testTimeout(budget),
  );
});

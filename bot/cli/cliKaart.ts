import { relative } from 'node:path';
import { Analyser } from '../analyser/analyser.js';
import { loadTaal } from '../analyser/taal.js';
import { formatProblem, type KaartProblem } from '../kaart/problem.js';
import { readKaartFile } from '../kaart/readKaartFile.js';
import type { SocialeKaart } from '../kaart/schema.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../paths.js';

/** The kaart file a command works on: the one named, else KAART_FILE (if not empty), else the sample. */
export function kaartFileFrom(named: string | undefined): string {
  return named || process.env['KAART_FILE'] || SAMPLE_KAART_FILE;
}

/**
 * Prints the problems as `file:line:column: message` (warnings only when asked) and answers
 * the kaart, or null when it has errors.
 */
export function loadKaartReporting(file: string, options: { warnings?: boolean } = {}): SocialeKaart | null {
  const { kaart, problems } = readKaartFile(file);
  printProblems(file, options.warnings ? problems : problems.filter((p) => p.severity === 'error'));
  return kaart;
}

export function printProblems(file: string, problems: readonly KaartProblem[]): void {
  const shown = relative(process.cwd(), file) || file;
  for (const problem of problems) console.error(formatProblem(shown, problem));
}

export function analyserFor(kaart: SocialeKaart): Analyser {
  return new Analyser(kaart, loadTaal(TAAL_FILE));
}

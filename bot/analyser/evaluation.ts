import type { Voorbeeld } from '../kaart/schema.js';
import type { Analyser, Analysis } from './analyser.js';

/** How one labelled question fared: what was expected, what the analyser said, and each miss. */
export interface CaseResult {
  voorbeeld: Voorbeeld;
  analysis: Analysis;
  /** Plain-language misses; empty when the analyser got everything right. */
  misses: string[];
  topCorrect: boolean | null;
  crisisCorrect: boolean;
  falseCrisis: boolean;
  doelgroepenFound: number;
}

export interface EvaluationReport {
  results: CaseResult[];
  /** Top-1 levensgebied accuracy on questions without a crisis. */
  top1: { correct: number; total: number };
  crisisRecall: { correct: number; total: number };
  falseCrises: number;
  doelgroepRecall: { found: number; total: number };
}

/** Runs labelled questions through the analyser and compares the outcome with the labels. */
export function evaluate(analyser: Analyser, voorbeelden: readonly Voorbeeld[]): EvaluationReport {
  const results = voorbeelden.map((voorbeeld) => judge(voorbeeld, analyser.analyse(voorbeeld.vraag)));
  const nonCrisis = results.filter((r) => r.voorbeeld.crisis === null && r.topCorrect !== null);
  const crisis = results.filter((r) => r.voorbeeld.crisis !== null);
  return {
    results,
    top1: { correct: nonCrisis.filter((r) => r.topCorrect).length, total: nonCrisis.length },
    crisisRecall: { correct: crisis.filter((r) => r.crisisCorrect).length, total: crisis.length },
    falseCrises: results.filter((r) => r.falseCrisis).length,
    doelgroepRecall: {
      found: results.reduce((sum, r) => sum + r.doelgroepenFound, 0),
      total: results.reduce((sum, r) => sum + r.voorbeeld.doelgroepen.length, 0),
    },
  };
}

function judge(voorbeeld: Voorbeeld, analysis: Analysis): CaseResult {
  const misses: string[] = [];
  const found = analysis.levensgebieden.map((match) => match.id);
  const [expectedTop, ...expectedOthers] = voorbeeld.levensgebieden;
  const top = analysis.levensgebieden[0];
  let topCorrect: boolean | null = null;
  if (expectedTop !== undefined) {
    topCorrect = top?.id === expectedTop;
    if (!topCorrect) {
      const why = top && top.matched.length > 0 ? ` (door: ${top.matched.join(', ')})` : '';
      misses.push(
        `levensgebied: verwacht "${expectedTop}" bovenaan, maar gevonden "${top?.id ?? 'niets'}"${why}`,
      );
    }
  }
  for (const id of expectedOthers) {
    if (!found.includes(id)) misses.push(`levensgebied "${id}" niet gevonden`);
  }
  const doelgroepen = new Set(analysis.doelgroepen.map((match) => match.id));
  const missingDoelgroepen = voorbeeld.doelgroepen.filter((id) => !doelgroepen.has(id));
  for (const id of missingDoelgroepen) misses.push(`doelgroep "${id}" niet gevonden`);

  const crisisFound = analysis.crisis?.type ?? null;
  const crisisCorrect = crisisFound === voorbeeld.crisis;
  const falseCrisis = voorbeeld.crisis === null && crisisFound !== null;
  if (!crisisCorrect) {
    misses.push(
      voorbeeld.crisis === null
        ? `onterecht crisis "${crisisFound}" (door: ${analysis.crisis?.matched.join(', ')})`
        : `crisis: verwacht "${voorbeeld.crisis}", gevonden: ${crisisFound ? `"${crisisFound}"` : 'geen'}`,
    );
  }
  return {
    voorbeeld,
    analysis,
    misses,
    topCorrect,
    crisisCorrect,
    falseCrisis,
    doelgroepenFound: voorbeeld.doelgroepen.length - missingDoelgroepen.length,
  };
}

/** "151/170 (88.8%)" */
export function ratio(part: number, total: number): string {
  return `${part}/${total} (${total === 0 ? '-' : ((100 * part) / total).toFixed(1)}%)`;
}

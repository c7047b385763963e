import type { Occurrence } from './patternMatcher.js';

/** A target (levensgebied, doelgroep, crisis type) found in a message, and why. */
export interface ScoredTarget {
  id: string;
  score: number;
  /** The words of the message that triggered it, in the order they appear. */
  matched: string[];
  /** Position of the first matched word: what the resident said first ranks first on a tie. */
  firstPosition: number;
}

/**
 * Scores each target by its occurrences. Within one target, each word of the message counts
 * once: stronger phrases claim their words first, so "huur niet betalen" is not also counted
 * as "betalen". Different targets may share a word ("huurachterstand": money and housing).
 */
export function scoreTargets(
  occurrences: readonly Occurrence[],
  tokenTexts: readonly string[],
): ScoredTarget[] {
  const byTarget = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = byTarget.get(occurrence.pattern.targetId);
    if (list) list.push(occurrence);
    else byTarget.set(occurrence.pattern.targetId, [occurrence]);
  }
  const scored: ScoredTarget[] = [];
  for (const [id, list] of byTarget) {
    const claimed = new Set<number>();
    const countedSources = new Set<string>();
    const chosen: Occurrence[] = [];
    for (const occurrence of strongestFirst(list)) {
      if (countedSources.has(occurrence.pattern.source)) continue;
      if (occurrence.positions.some((position) => claimed.has(position))) continue;
      occurrence.positions.forEach((position) => claimed.add(position));
      countedSources.add(occurrence.pattern.source);
      chosen.push(occurrence);
    }
    chosen.sort((a, b) => a.positions[0]! - b.positions[0]!);
    scored.push({
      id,
      score: round(chosen.reduce((sum, o) => sum + o.pattern.weight * o.quality, 0)),
      matched: chosen.map((o) => o.positions.map((position) => tokenTexts[position]).join(' ')),
      firstPosition: Math.min(...chosen.map((o) => (o.fallback ? Infinity : o.positions[0]!))),
    });
  }
  return scored;
}

/** Best first; on a tie, the one mentioned first, then the given order (the kaart's). */
export function rankTargets(targets: ScoredTarget[], order: readonly string[]): ScoredTarget[] {
  return targets.sort(
    (a, b) =>
      b.score - a.score || a.firstPosition - b.firstPosition || order.indexOf(a.id) - order.indexOf(b.id),
  );
}

function strength(occurrence: Occurrence): number {
  return occurrence.pattern.weight * occurrence.quality;
}

/**
 * Strongest first, then the longest, then the first in the message; else in the given order.
 * Each strength is worked out once: a long message may hold a hundred thousand occurrences.
 */
function strongestFirst(occurrences: readonly Occurrence[]): Occurrence[] {
  return occurrences
    .map((occurrence) => ({ occurrence, strength: strength(occurrence) }))
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        b.occurrence.positions.length - a.occurrence.positions.length ||
        a.occurrence.positions[0]! - b.occurrence.positions[0]!,
    )
    .map(({ occurrence }) => occurrence);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

import { OUTCOME_TYPES } from '../../bot/intake/intakeCase.js';
import type { ConversationResult } from './conversation.js';

/** The figures of a group of runs: all runs, and the right ones. */
export interface GroupFigures {
  residents: number;
  right: number;
  medianTurns: number;
  maxTurns: number;
  medianTurnsRight: number;
  maxTurnsRight: number;
  repeatsAfterClick: number;
}

/** Figures per expected outcome (only outcomes some resident expects), and over all runs. */
export interface Summary {
  perOutcome: { outcome: string; figures: GroupFigures }[];
  overall: GroupFigures;
}

export function summarise(results: readonly ConversationResult[]): Summary {
  const perOutcome = OUTCOME_TYPES.map((outcome) => ({
    outcome,
    runs: results.filter((result) => result.resident.verwacht.uitkomst === outcome),
  }))
    .filter(({ runs }) => runs.length > 0)
    .map(({ outcome, runs }) => ({ outcome, figures: figuresOf(runs) }));
  return { perOutcome, overall: figuresOf(results) };
}

function figuresOf(runs: readonly ConversationResult[]): GroupFigures {
  const turns = runs.map((run) => run.turns);
  const rightTurns = runs.filter((run) => run.right).map((run) => run.turns);
  return {
    residents: runs.length,
    right: rightTurns.length,
    medianTurns: median(turns),
    maxTurns: Math.max(...turns),
    medianTurnsRight: median(rightTurns),
    maxTurnsRight: rightTurns.length > 0 ? Math.max(...rightTurns) : NaN,
    repeatsAfterClick: runs.reduce((sum, run) => sum + run.repeatsAfterClick.length, 0),
  };
}

/** The middle value; for an even count the mean of the two middle ones. NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

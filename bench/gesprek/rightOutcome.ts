import type { ScriptedResident } from './residentFile.js';

/** An outcome as `channelData.wegwijzer.outcome` carries it. */
export interface SeenOutcome {
  type: string;
  providers: string[];
}

/** The type the resident expects and, for a handover with `aanbieders`, a provider among them. */
export function isRightOutcome(
  expected: ScriptedResident['verwacht'],
  outcome: SeenOutcome | undefined,
): boolean {
  if (outcome?.type !== expected.uitkomst) return false;
  if (outcome.type !== 'handover' || !expected.aanbieders) return true;
  return outcome.providers.some((provider) => expected.aanbieders!.includes(provider));
}

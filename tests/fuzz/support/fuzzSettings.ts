import fc from 'fast-check';

/** The round's parameters, from the environment: `FUZZ_SEED` replays a round, `FUZZ_RUNS` sizes it. */
export interface FuzzSettings {
  seed: number;
  /** Runs of the main properties; the others scale with it. */
  runs: number;
}

/** The runs of a default round: a short one, for CI. */
export const DEFAULT_RUNS = 100;

function wholeNumber(name: string, text: string | undefined, fallback: () => number, min: number): number {
  if (text === undefined || text.trim() === '') return fallback();
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not "${text}"`);
  }
  return value;
}

/** Reads FUZZ_SEED (a random one when unset) and FUZZ_RUNS (DEFAULT_RUNS when unset). */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  return {
    seed: wholeNumber('FUZZ_SEED', env.FUZZ_SEED, () => Math.floor(Math.random() * 2 ** 31), 0),
    runs: wholeNumber('FUZZ_RUNS', env.FUZZ_RUNS, () => DEFAULT_RUNS, 1),
  };
}

// The config fixes FUZZ_SEED for every worker; read once, so all properties of a file share it.
const settings = fuzzSettings();

/** What a property gets at the default round, scaled by FUZZ_RUNS (at least 1). */
export function scaled(atDefault: number): number {
  return Math.max(1, Math.round((atDefault * settings.runs) / DEFAULT_RUNS));
}

/** A property's size: how many cases, and how long it may take in all, shrinking included. */
export interface Budget {
  runs: number;
  /** After this the property stops (a failure found so far is still reported, half-shrunk). */
  ms: number;
}

/** The vitest timeout for a property with this budget: its time, and room to stop servers after it. */
export function testTimeout(budget: Budget): number {
  return budget.ms + 60_000;
}

/**
 * Runs a property with the round's seed and the budget's runs; fails with fast-check's report
 * (counterexample, seed and path to replay it) and prints one line either way, so the round's
 * log says what ran.
 */
export async function checkProperty<Ts>(
  name: string,
  property: fc.IRawProperty<Ts>,
  budget: Budget,
  options: {
    /** Cases tried first, every round: the ones a report named. */
    examples?: Ts[];
    /** False for scenarios whose outcome depends on timing: a shrink would not replay the failure. */
    shrink?: boolean;
  } = {},
): Promise<void> {
  const details = await fc.check(property, {
    seed: settings.seed,
    numRuns: budget.runs,
    examples: options.examples ?? [],
    endOnFailure: options.shrink === false,
    plugins: [fc.interruptAfterTimeLimit(budget.ms)],
  });
  const outcome = details.failed
    ? `FAILED after ${details.numRuns} run(s), ${details.numShrinks} shrink(s)`
    : `${details.numRuns} run(s) passed${details.interrupted ? ' (time budget reached before all runs)' : ''}`;
  process.stderr.write(`[fuzz] ${name}: ${outcome} (FUZZ_SEED=${settings.seed})\n`);
  if (!details.failed) return;
  // fast-check's report names the counterexample and how to replay it; the error says what went wrong.
  const error =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${name}\n${fc.defaultReportMessage(details)}\n\nWhat went wrong:\n${error}`);
}

import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../bot/paths.js';
import type { LatencySummary } from './stats.js';

/** One bot at one setting, as the results file keeps it. */
export interface SettingFigures {
  bot: 'echo' | 'wegwijzer';
  stored: number;
  concurrency: number;
  turns: number;
  intakes: number;
  turnsPerSecond: number;
  latency: LatencySummary;
  failures: number;
}

/** What a run measured besides its settings (Direct Line, memory, analyser, budget). */
export type Figures = { settings: SettingFigures[] } & Record<string, unknown>;

export type BenchResults = Figures & { commit: string; date: string; node: string };

const DIR = join(PROJECT_ROOT, 'bench', 'results');

/**
 * Writes this run's figures to bench/results/latest.json; the run before becomes previous.json,
 * and what changed between the two is printed, so a commit's effect shows at once.
 */
export function saveAndCompare(figures: Figures): string {
  mkdirSync(DIR, { recursive: true });
  const latest = join(DIR, 'latest.json');
  const previousFile = join(DIR, 'previous.json');
  if (existsSync(latest)) renameSync(latest, previousFile);
  const results: BenchResults = {
    commit: commit(),
    date: new Date().toISOString(),
    node: process.version,
    ...figures,
  };
  writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
  if (existsSync(previousFile)) printChanges(JSON.parse(readFileSync(previousFile, 'utf8')), results);
  return latest;
}

function printChanges(before: BenchResults, after: BenchResults): void {
  console.log(`\nCompared with the previous run (commit ${before.commit}, ${before.date}):`);
  const change = (from: number, to: number) =>
    `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(0)}%`;
  for (const now of after.settings) {
    const then = before.settings.find(
      (s) => s.bot === now.bot && s.stored === now.stored && s.concurrency === now.concurrency,
    );
    if (!then) continue;
    const name = now.bot === 'echo' ? 'echo' : `wegwijzer N=${now.stored}`;
    console.log(
      `  ${name.padEnd(22)} C=${String(now.concurrency).padEnd(3)} p50 ${change(then.latency.p50, now.latency.p50)}, p99 ${change(then.latency.p99, now.latency.p99)}, turns/s ${change(then.turnsPerSecond, now.turnsPerSecond)}`,
    );
  }
}

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

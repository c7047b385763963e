import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../bot/paths.js';

/** A server in its own process, so its memory is its own and its CPU time is not the driver's. */
export interface ChildServer {
  base: string;
  /** Resident and peak memory of the process, in MB, from /proc. */
  memory(): { rssMb: number; peakRssMb: number };
  stop(): Promise<void>;
}

/**
 * Starts `file` (compiled JavaScript under dist/, as `npm start` runs it, with its flags: tsx
 * would add some 80 MB of its own) with `env`, and waits for the line that says where it listens:
 * `{"port": N}` from the echo bot, or Wegwijzer's "listening" log line.
 */
export async function startChild(file: string, env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--no-deprecation', ...startFlags(), file], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...startEnvironment(), ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    // Both streams are read to the end, so a chatty child never blocks on a full pipe.
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        const found = /"port":\s*(\d+)/.exec(line) ?? /"page":"http:\/\/localhost:(\d+)\//.exec(line);
        if (found) resolve(Number(found[1]));
      });
    }
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}) before it listened`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    memory: () => memoryOf(child),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The node flags of `npm start` (the heap limit): both bots run with them, so the benchmark
 * measures Wegwijzer as it is deployed, and the floor under the same conditions.
 */
function startFlags(): string[] {
  return startWords().filter((word) => word.startsWith('--'));
}

/** The environment `npm start` sets before node (the thread pool's size), for both bots too. */
function startEnvironment(): Record<string, string> {
  const assignments = startWords().filter((word) => /^[A-Z_]+=/.test(word));
  return Object.fromEntries(
    assignments.map((word) => [word.split('=')[0]!, word.slice(word.indexOf('=') + 1)]),
  );
}

function startWords(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  return String(scripts?.start ?? '').split(/\s+/);
}

function memoryOf(child: ChildProcess): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

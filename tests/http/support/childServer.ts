import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));

/** A Wegwijzer server in a child process, and everything it wrote. */
export interface ChildBot {
  base: string;
  /** Standard output and error so far, as the operator's log would hold them. */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts tests/http/support/serverProcess.ts with tsx. `fileLimit` runs it under `ulimit -n`,
 * so a leak of sockets shows as a server that no longer answers.
 */
export async function startChildBot(
  options: { env?: Record<string, string>; fileLimit?: number } = {},
): Promise<ChildBot> {
  const node = [process.execPath, '--no-deprecation', '--import', 'tsx', SCRIPT];
  const command = options.fileLimit
    ? spawn('bash', ['-c', `ulimit -n ${options.fileLimit} && exec "$0" "$@"`, ...node], {
        env: { ...process.env, ...options.env },
      })
    : spawn(node[0]!, node.slice(1), { env: { ...process.env, ...options.env } });
  let output = '';
  command.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  command.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const base = await new Promise<string>((resolve, reject) => {
    command.stdout?.on('data', () => {
      const found = /\{"base":"([^"]+)"\}/.exec(output);
      if (found) resolve(found[1]!);
    });
    command.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before it listened:\n${output}`)),
    );
  });
  return {
    base,
    output: () => output,
    alive: () => command.exitCode === null && command.signalCode === null,
    stop: () => stop(command),
  };
}

function stop(command: ChildProcess): Promise<void> {
  if (command.exitCode !== null || command.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    command.once('exit', () => resolve());
    command.kill('SIGTERM');
  });
}

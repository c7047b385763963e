import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../bot/paths.js';

const ENTRY = join(PROJECT_ROOT, 'tests', 'fuzz', 'support', 'serveBot.ts');
// Generous: two cores shared by several test runs, and tsx compiles the bot on start.
const STARTUP_MS = 90_000;
const KEPT_OUTPUT_CHARS = 8_000;

// Every server this test process started and has not yet seen exit: killed when the process
// ends, however the tests end, so none outlives the suite.
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** Where a server keeps its files: its data folder and the TMPDIR it sees. */
export interface ServerFolders {
  dataDir: string;
  tmpDir: string;
}

/** A process's state letter from /proc (T: stopped), or undefined where there is no /proc. */
function processState(pid: number): string | undefined {
  try {
    // The command name is in parentheses and may hold spaces; the state follows it.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
  } catch {
    return undefined;
  }
}

/** The last few thousand characters a stream wrote. */
class OutputTail {
  text = '';

  add(chunk: Buffer): void {
    this.text = (this.text + chunk.toString('utf8')).slice(-KEPT_OUTPUT_CHARS);
  }
}

/** A Wegwijzer server running in a child process (tests/fuzz/support/serveBot.ts). */
export class BotProcess {
  /** Resolves once the process has exited and its output is read to the end. */
  private readonly closed: Promise<unknown>;

  private constructor(
    private readonly child: ChildProcess,
    readonly base: string,
    readonly folders: ServerFolders,
    private readonly errors: OutputTail,
  ) {
    const running = child.exitCode === null && child.signalCode === null;
    this.closed = running ? once(child, 'close').catch(() => undefined) : Promise.resolve();
  }

  /** Starts a server on `folders` and resolves once it listens. */
  static async start(folders: ServerFolders): Promise<BotProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATA_DIR: folders.dataDir, SERVER_TMPDIR: folders.tmpDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    started.add(child);
    child.once('exit', () => started.delete(child));
    const errors = new OutputTail();
    child.stderr?.on('data', (chunk: Buffer) => errors.add(chunk));
    const base = await new Promise<string>((resolve, reject) => {
      const stdout = new OutputTail();
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`BotProcess.start(): the server ${why}\n${errors.text}`));
      };
      const timer = setTimeout(() => fail(`did not listen within ${STARTUP_MS / 1000} s`), STARTUP_MS);
      const exitedEarly = (code: number | null, signal: string | null) =>
        fail(`exited (${signal ?? code}) before it listened`);
      child.once('exit', exitedEarly);
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout.add(chunk);
        const line = stdout.text.split('\n').find((text) => text.startsWith('{"base":'));
        if (!line) return;
        clearTimeout(timer);
        child.off('exit', exitedEarly);
        const parsed: { base: string } = JSON.parse(line);
        resolve(parsed.base);
      });
    });
    return new BotProcess(child, base, folders, errors);
  }

  /** False once the process has exited, for whatever reason. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** How the process ended, for a failure message. */
  get ending(): string {
    if (this.alive) return 'still running';
    return this.child.signalCode
      ? `killed by ${this.child.signalCode}`
      : `exited with ${this.child.exitCode}`;
  }

  /** The last of what the server wrote to stderr (its warn and error log, a crash's stack). */
  get stderr(): string {
    return this.errors.text;
  }

  /** What a dead server wrote last, once all of it has arrived (a crash's stack comes last). */
  async lastWords(): Promise<string> {
    await Promise.race([this.closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    return this.errors.text;
  }

  /**
   * Freezes the process (SIGSTOP) and resolves once it is stopped: its files can then be looked
   * at in the very state a kill -9 would leave. False if it did not stop (or has exited).
   */
  async pause(): Promise<boolean> {
    if (!this.alive || this.child.pid === undefined) return false;
    this.child.kill('SIGSTOP');
    for (let tries = 0; tries < 200; tries++) {
      const state = processState(this.child.pid);
      if (state === 'T') return true;
      // Without /proc there is no telling: a moment later, the signal has surely arrived.
      if (state === undefined) return new Promise((resolve) => setTimeout(() => resolve(this.alive), 5));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  }

  /** Lets a paused process run on (SIGCONT). */
  resume(): void {
    if (this.alive) this.child.kill('SIGCONT');
  }

  /** Sends `signal` (SIGKILL: kill -9) and waits until the process has exited. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.alive) return;
    const exited = once(this.child, 'exit');
    this.child.kill(signal);
    await exited;
  }
}

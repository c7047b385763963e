/** How many turns may wait; beyond that a turn is refused rather than queued. */
export interface TurnQueueLimits {
  /** Turns waiting behind the running one, per key (a conversation, a resident). */
  perKey: number;
  /** Turns waiting across all keys: each holds a request and its body in memory. */
  total: number;
}

// A resident who types fast, or has the chat open in two tabs, sends a few messages at once;
// twenty waiting is far beyond that, and still little memory.
export const DEFAULT_TURN_QUEUE_LIMITS: TurnQueueLimits = { perKey: 20, total: 500 };

/** The turns holding or waiting for one key: the first holds it, the rest wait in order. */
interface Line {
  key: string;
  waiters: (() => void)[];
}

/**
 * Runs the turns of one conversation one at a time, in the order they arrive, and turns of
 * different conversations side by side. Two turns of one conversation that overlap both read
 * the same state and the last write wins: the other's answer and transcript line are lost.
 * Only keys with a turn in flight are remembered, so memory follows the work, not the number
 * of conversations ever seen.
 */
export class TurnQueue {
  private readonly lines = new Map<string, Line>();
  private waiting = 0;

  constructor(private readonly limits: TurnQueueLimits = DEFAULT_TURN_QUEUE_LIMITS) {}

  /**
   * Runs `turn` once it holds every key, taken in the order given (every caller must give
   * them in the same order, so no two turns wait for each other). Undefined when too many turns
   * already wait for one of its keys, or in all: the turn is refused, not run.
   */
  run<T>(keys: readonly string[], turn: () => Promise<T>): Promise<T> | undefined {
    const busy = keys.flatMap((key) => this.lines.get(key) ?? []);
    const full = busy.some((line) => line.waiters.length >= this.limits.perKey);
    // A turn that can start at once holds no place in any queue: only waiting turns count.
    if (full || (busy.length > 0 && this.waiting >= this.limits.total)) return undefined;
    return this.holding(keys, turn);
  }

  /** Keys with a turn in flight. */
  get size(): number {
    return this.lines.size;
  }

  private async holding<T>(keys: readonly string[], turn: () => Promise<T>): Promise<T> {
    const held: Line[] = [];
    try {
      for (const key of keys) held.push(await this.take(key));
      return await turn();
    } finally {
      for (const line of held.reverse()) this.release(line);
    }
  }

  private take(key: string): Promise<Line> {
    const line = this.lines.get(key);
    if (!line) {
      const free: Line = { key, waiters: [] };
      this.lines.set(key, free);
      return Promise.resolve(free);
    }
    this.waiting += 1;
    return new Promise((resolve) =>
      line.waiters.push(() => {
        this.waiting -= 1;
        resolve(line);
      }),
    );
  }

  /** Hands the key to the next waiting turn, or forgets it when none waits. */
  private release(line: Line): void {
    const next = line.waiters.shift();
    if (next) next();
    else this.lines.delete(line.key);
  }
}

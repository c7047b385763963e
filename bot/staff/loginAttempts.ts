/** A limit on login attempts under one key (an account, an address, or both) in the window. */
export interface AttemptLimit {
  key: string;
  limit: number;
}

/** A counted attempt; `giveBack` uncounts it (the password was right). */
export interface Reservation {
  giveBack(): void;
}

/**
 * Login attempts in a sliding window, counted BEFORE the password is checked: a check takes
 * tens of milliseconds of scrypt, and attempts counted only afterwards all pass a limit that
 * none of them has yet reached (300 concurrent guesses against a limit of 5 were all tried).
 * Reserving is synchronous, so no two requests can take the last slot.
 */
export class LoginAttempts {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt under every key if each is below its limit; else how long to wait. */
  reserve(limits: readonly AttemptLimit[]): Reservation | { retryAfterMs: number } {
    const at = this.now();
    if (this.attempts.size > 10_000) this.forgetIdle(at);
    const full = limits
      .map(({ key, limit }) => ({ recent: this.recent(key, at), limit }))
      .filter(({ recent, limit }) => recent.length >= limit);
    if (full.length > 0) {
      const waits = full.map(({ recent, limit }) => this.windowMs - (at - recent[recent.length - limit]!));
      return { retryAfterMs: Math.max(...waits) };
    }
    for (const { key } of limits) this.recent(key, at).push(at);
    return {
      giveBack: () => {
        for (const { key } of limits) {
          const list = this.attempts.get(key) ?? [];
          const index = list.indexOf(at);
          if (index >= 0) list.splice(index, 1);
        }
      },
    };
  }

  private recent(key: string, at: number): number[] {
    const recent = (this.attempts.get(key) ?? []).filter((time) => at - time < this.windowMs);
    this.attempts.set(key, recent);
    return recent;
  }

  private forgetIdle(at: number): void {
    for (const [key, times] of this.attempts) {
      if (times.every((time) => at - time >= this.windowMs)) this.attempts.delete(key);
    }
  }
}

/**
 * At most `limit` events per key in any `windowMs` (a sliding log, kept only for keys seen
 * within the window). Used where one client could otherwise exhaust what all residents share.
 */
export class RateLimit {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts an event for `key`; false (and not counted) when the key is over its limit. */
  allow(key: string, now = Date.now()): boolean {
    if (this.events.size > 10_000) this.forgetIdle(now);
    const recent = (this.events.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return false;
    }
    recent.push(now);
    this.events.set(key, recent);
    return true;
  }

  /** Whether `key` is at its limit now, without counting an event (for limits on failures only). */
  isFull(key: string, now = Date.now()): boolean {
    return (this.events.get(key) ?? []).filter((at) => now - at < this.windowMs).length >= this.limit;
  }

  /** Milliseconds until `key` may act again. */
  retryAfterMs(key: string, now = Date.now()): number {
    const oldest = (this.events.get(key) ?? [])[0];
    return oldest === undefined ? 0 : Math.max(0, this.windowMs - (now - oldest));
  }

  private forgetIdle(now: number): void {
    for (const [key, times] of this.events) {
      if (times.every((at) => now - at >= this.windowMs)) this.events.delete(key);
    }
  }
}

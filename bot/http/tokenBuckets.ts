interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key: a key may spend `burst` requests at once and earns `perSecond` back
 * every second. Memory stays bounded whatever the keys: a bucket is a number and a time, and
 * past `maxKeys` the longest-unused keys are forgotten (they start again with a full bucket).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Spends a token of `key`: 0 when there was one, otherwise the milliseconds until there is. */
  take(key: string, now = Date.now()): number {
    const bucket = this.buckets.get(key);
    const earned = bucket ? ((now - bucket.at) / 1000) * this.perSecond : this.burst;
    const tokens = Math.min(this.burst, (bucket?.tokens ?? 0) + earned);
    // Deleted and set again, so the map's order is the order of last use.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.ceil(((1 - tokens) / this.perSecond) * 1000);
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > this.maxKeys) this.forgetOldest();
    return 0;
  }

  private forgetOldest(): void {
    const keep = Math.floor(this.maxKeys * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= keep) return;
      this.buckets.delete(key);
    }
  }
}

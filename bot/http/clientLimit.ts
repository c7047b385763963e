import type { IncomingMessage } from 'node:http';
import { clientKey } from './clientAddress.js';
import { TokenBuckets } from './tokenBuckets.js';

/** How many requests a client may make at once, and how many a second after that. */
export interface Rate {
  burst: number;
  perSecond: number;
}

/** A limit per client: a token bucket for each address (each /64 for IPv6). */
export class ClientLimit {
  private readonly buckets: TokenBuckets;

  constructor(
    rate: Rate,
    private readonly trustedProxies: number,
  ) {
    this.buckets = new TokenBuckets(rate.burst, rate.perSecond);
  }

  /** Counts the request: 0 when its client may go on, otherwise the milliseconds to wait. */
  wait(request: IncomingMessage): number {
    return this.buckets.take(clientKey(request, this.trustedProxies));
  }
}

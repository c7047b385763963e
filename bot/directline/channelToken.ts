import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What a local Direct Line token grants: one conversation, as one user, until it expires. */
export interface TokenClaims {
  conv: string;
  user: string;
  /** Seconds since the epoch, as in a JWT. */
  iat: number;
  exp: number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

/**
 * Signs and checks the local channel's tokens. They are JWTs (HS256) with Azure Direct Line's
 * claim names, so a client that reads the user id out of a token finds it where it expects.
 */
export class ChannelTokens {
  constructor(
    private readonly key: Buffer,
    readonly lifetimeSeconds = 3600,
  ) {}

  issue(conv: string, user: string, now: Date): { token: string; expiresIn: number } {
    const iat = Math.floor(now.getTime() / 1000);
    const claims: TokenClaims = { conv, user, iat, exp: iat + this.lifetimeSeconds };
    const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
    return { token: `${body}.${this.sign(body)}`, expiresIn: this.lifetimeSeconds };
  }

  /** The claims of a token this channel signed and that has not expired; undefined otherwise. */
  verify(token: string, now: Date): TokenClaims | undefined {
    const [header, payload, signature, ...rest] = token.split('.');
    if (!header || !payload || !signature || rest.length > 0 || header !== HEADER) return undefined;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const claims = parseClaims(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!claims || claims.exp <= now.getTime() / 1000) return undefined;
    return claims;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

const claimsSchema = z.object({ conv: z.string(), user: z.string(), iat: z.number(), exp: z.number() });

function parseClaims(json: string): TokenClaims | undefined {
  try {
    const result = claimsSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

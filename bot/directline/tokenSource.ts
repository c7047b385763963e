import { randomBytes } from 'node:crypto';

/** What the page asks for: a token for this resident, and their open conversation if there is one. */
export interface TokenRequest {
  userId?: string;
  conversationId?: string;
}

/** What the page gets: enough to open Direct Line, and never a secret. */
export interface IssuedToken {
  token: string;
  conversationId: string;
  userId: string;
  expiresIn: number;
  /** Direct Line's base URL; absent means the local channel on the page's own server. */
  domain?: string;
  /** Whether the client should stream over WebSocket (both channels do) rather than poll. */
  webSocket: boolean;
  /** True when the token continues `request.conversationId` rather than starting a new one. */
  resumed: boolean;
}

/** Hands out Direct Line tokens: the local channel's own, or Azure's in exchange for the secret. */
export interface TokenSource {
  issue(request: TokenRequest): Promise<IssuedToken>;
}

// Azure's Direct Line requires user ids in tokens to start with "dl_". 128 random bits make an
// id nobody can guess, which matters: whoever holds it continues that resident's case.
const USER_ID = /^dl_[A-Za-z0-9_-]{22,64}$/;

/** The resident's id if the page kept a well-formed one, else a new one. */
export function residentUserId(requested: string | undefined): string {
  return requested !== undefined && USER_ID.test(requested)
    ? requested
    : `dl_${randomBytes(16).toString('base64url')}`;
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffMember } from './staffAccount.js';

/** A signed-in staff member. */
export interface StaffSession {
  member: StaffMember;
  /** Sent with every changing request in a header; a page on another site cannot read it. */
  csrfToken: string;
  createdAt: number;
  lastUsed: number;
}

// A loket shift, not a week: a session ends after 2 hours without use or 10 hours in all.
export const IDLE_MS = 2 * 60 * 60 * 1000;
export const MAX_AGE_MS = 10 * 60 * 60 * 1000;

/**
 * Sessions in memory, by the SHA-256 of their id (a memory dump shows no usable cookie). A
 * restart signs everyone out, which is acceptable for a console and keeps no secret on disk.
 */
export class StaffSessions {
  private readonly sessions = new Map<string, StaffSession>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts a session; returns the cookie value. */
  start(member: StaffMember): { id: string; session: StaffSession } {
    const id = randomBytes(32).toString('base64url');
    const at = this.now();
    const session = { member, csrfToken: randomBytes(24).toString('base64url'), createdAt: at, lastUsed: at };
    this.sessions.set(digest(id), session);
    return { id, session };
  }

  /** The live session for a cookie value, touched; undefined when unknown or expired. */
  find(id: string | undefined): StaffSession | undefined {
    if (!id) return undefined;
    const key = digest(id);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    const at = this.now();
    if (at - session.lastUsed > IDLE_MS || at - session.createdAt > MAX_AGE_MS) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastUsed = at;
    return session;
  }

  /** Whether a cookie value still has a live session, without counting this as a use. */
  isLive(id: string | undefined): boolean {
    const session = id ? this.sessions.get(digest(id)) : undefined;
    if (!session) return false;
    const at = this.now();
    return at - session.lastUsed <= IDLE_MS && at - session.createdAt <= MAX_AGE_MS;
  }

  end(id: string | undefined): void {
    if (id) this.sessions.delete(digest(id));
  }
}

/** Whether the header carries the session's CSRF token, compared in constant time. */
export function csrfMatches(session: StaffSession, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function digest(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

import type restify from 'restify';
import { z } from 'zod';
import { checkBody } from '../http/checkBody.js';
import { clientAddress } from '../http/clientAddress.js';
import type { Log } from '../log.js';
import type { Collection } from '../storage/repository.js';
import type { AuditLog } from './auditLog.js';
import { LoginAttempts } from './loginAttempts.js';
import { DUMMY_HASH, type StaffAccount, type StaffRole, memberOf, verifyPassword } from './staffAccount.js';
import { type StaffSession, type StaffSessions, csrfMatches } from './staffSessions.js';

export const SESSION_COOKIE = 'wegwijzer_staff';
export const CSRF_HEADER = 'x-csrf-token';

// Guessing passwords, in any 15 minutes: 5 tries per account from one address and 30 per
// address in all, then that address waits. A lockout also refuses the right password, so it
// is per account AND address: whoever knows a username cannot lock its owner out from their
// own address. Above that, one account takes at most 100 tries from all addresses together:
// high enough that only an attack from 20 or more addresses reaches it (locking the account
// for everyone until the window passes), low enough to keep a distributed guesser at 100 tries
// a quarter of an hour against a password of at least 12 characters.
const TRIES_PER_ACCOUNT_AND_ADDRESS = 5;
const TRIES_PER_ADDRESS = 30;
const TRIES_PER_ACCOUNT = 100;
const TRY_WINDOW_MS = 15 * 60 * 1000;

const loginSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});

export type StaffHandler = (
  request: restify.Request,
  response: restify.Response,
  session: StaffSession,
) => Promise<void>;

export interface StaffAuthSetup {
  accounts: Collection<StaffAccount>;
  sessions: StaffSessions;
  audit: AuditLog;
  /** Proxies in front whose X-Forwarded-For entries are believed (TRUST_PROXY). */
  trustProxy: number;
  log: Log;
}

/**
 * Staff sign-in and the check in front of every staff API: a session cookie (HttpOnly,
 * SameSite=Strict, Secure over HTTPS), the role, and for every change a CSRF token in a header
 * and a JSON body (which a form on another site cannot send).
 */
export class StaffAuth {
  private readonly attempts = new LoginAttempts(TRY_WINDOW_MS);

  constructor(private readonly setup: StaffAuthSetup) {}

  addRoutes(server: restify.Server): void {
    server.post('/api/staff/login', async (request, response) => this.login(request, response));
    server.post(
      '/api/staff/logout',
      this.guard(['loket', 'ondersteuner', 'coordinator'], async (request, response, session) => {
        this.setup.sessions.end(cookieOf(request, SESSION_COOKIE));
        await this.setup.audit.record({
          username: session.member.username,
          role: session.member.role,
          action: 'afgemeld',
        });
        response.header('set-cookie', sessionCookie(request, '', this.setup.trustProxy, 0));
        response.json(200, { ok: true });
      }),
    );
    // The console's first question: am I signed in? (200 either way, so a fresh page logs no error.)
    server.get('/api/staff/session', async (request, response) => {
      response.header('cache-control', 'no-store');
      const session = this.setup.sessions.find(cookieOf(request, SESSION_COOKIE));
      const live = session && (await this.setup.accounts.get(session.member.username));
      response.json(200, live ? { member: session.member, csrfToken: session.csrfToken } : { member: null });
    });
    server.get(
      '/api/staff/me',
      this.guard(['loket', 'ondersteuner', 'coordinator'], async (_request, response, session) => {
        response.json(200, { member: session.member, csrfToken: session.csrfToken });
      }),
    );
  }

  /** Wraps a staff API handler: 401 without a session, 403 for another role or a missing CSRF token. */
  guard(roles: readonly StaffRole[], handler: StaffHandler): restify.RequestHandler {
    return async (request: restify.Request, response: restify.Response) => {
      response.header('cache-control', 'no-store');
      const session = this.setup.sessions.find(cookieOf(request, SESSION_COOKIE));
      // An account removed with `wegwijzer staff remove` loses its sessions at once.
      if (!session || !(await this.setup.accounts.get(session.member.username))) {
        response.json(401, { error: 'Meld u eerst aan.' });
        return;
      }
      if (!roles.includes(session.member.role)) {
        response.json(403, { error: 'Dit is niet voor uw rol.' });
        return;
      }
      const changes = !['GET', 'HEAD'].includes(request.method ?? 'GET');
      if (changes && (!isJson(request) || !csrfMatches(session, request.header(CSRF_HEADER)))) {
        response.json(403, { error: 'Deze aanvraag mist het CSRF-token of is geen JSON.' });
        return;
      }
      await handler(request, response, session);
    };
  }

  /**
   * Whether a request's session still stands: not ended or expired, and its account not
   * removed (`wegwijzer staff remove` runs in another process, so this reads the account).
   * For what outlives one request, such as the live event stream.
   */
  async stillSignedIn(request: restify.Request, session: StaffSession): Promise<boolean> {
    if (!this.setup.sessions.isLive(cookieOf(request, SESSION_COOKIE))) return false;
    return (await this.setup.accounts.get(session.member.username)) !== undefined;
  }

  private async login(request: restify.Request, response: restify.Response): Promise<void> {
    response.header('cache-control', 'no-store');
    const body = checkBody(loginSchema, request.body);
    if (!isJson(request) || 'problems' in body) {
      response.json(400, { error: 'Stuur {"username", "password"} als JSON.' });
      return;
    }
    const username = body.value.username.trim().toLowerCase();
    const address = clientAddress(request, this.setup.trustProxy);
    // Counted before the (slow) check, so concurrent guesses cannot all slip under the limit.
    const attempt = this.attempts.reserve([
      { key: `account+address ${username} ${address}`, limit: TRIES_PER_ACCOUNT_AND_ADDRESS },
      { key: `address ${address}`, limit: TRIES_PER_ADDRESS },
      { key: `account ${username}`, limit: TRIES_PER_ACCOUNT },
    ]);
    if ('retryAfterMs' in attempt) {
      response.header('retry-after', String(Math.max(1, Math.ceil(attempt.retryAfterMs / 1000))));
      response.json(429, { error: 'Te vaak een verkeerd wachtwoord. Probeer het later opnieuw.' });
      return;
    }
    const account = await this.setup.accounts.get(username);
    // An unknown name costs as much time as a wrong password, so it cannot be told apart.
    const valid = await verifyPassword(body.value.password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !valid) {
      this.setup.log.warn('staff login failed', { address });
      response.json(401, { error: 'Gebruikersnaam of wachtwoord klopt niet.' });
      return;
    }
    // Only failures count against the limits.
    attempt.giveBack();
    const member = memberOf(account);
    const { id, session } = this.setup.sessions.start(member);
    await this.setup.audit.record({ username: member.username, role: member.role, action: 'aangemeld' });
    response.header('set-cookie', sessionCookie(request, id, this.setup.trustProxy));
    response.json(200, { member, csrfToken: session.csrfToken });
  }
}

function isJson(request: restify.Request): boolean {
  return /^application\/json\b/i.test(request.header('content-type') ?? '');
}

/** A cookie's value from the request's Cookie header. */
export function cookieOf(request: restify.Request, name: string): string | undefined {
  for (const part of (request.header('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function isHttps(request: restify.Request, trustProxy: number): boolean {
  if (request.isSecure()) return true;
  return trustProxy > 0 && request.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

function sessionCookie(
  request: restify.Request,
  value: string,
  trustProxy: number,
  maxAgeSeconds?: number,
): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    ...(isHttps(request, trustProxy) ? ['Secure'] : []),
    ...(maxAgeSeconds !== undefined ? [`Max-Age=${maxAgeSeconds}`] : []),
  ].join('; ');
}

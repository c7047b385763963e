import type restify from 'restify';
import { z } from 'zod';
import { checkBody } from '../http/checkBody.js';
import { clientAddress } from '../http/clientAddress.js';
import { RateLimit } from '../http/rateLimit.js';
import type { Log } from '../log.js';
import type { Collection } from '../storage/repository.js';
import type { AuditLog } from './auditLog.js';
import { DUMMY_HASH, type StaffAccount, type StaffRole, memberOf, verifyPassword } from './staffAccount.js';
import { type StaffSession, type StaffSessions, csrfMatches } from './staffSessions.js';

export const SESSION_COOKIE = 'wegwijzer_staff';
export const CSRF_HEADER = 'x-csrf-token';

// Guessing passwords: 5 failures per account and 30 per address in 15 minutes, then a wait.
const FAILURES_PER_ACCOUNT = 5;
const FAILURES_PER_ADDRESS = 30;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;

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
  private readonly accountFailures = new RateLimit(FAILURES_PER_ACCOUNT, FAILURE_WINDOW_MS);
  private readonly addressFailures = new RateLimit(FAILURES_PER_ADDRESS, FAILURE_WINDOW_MS);

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

  private async login(request: restify.Request, response: restify.Response): Promise<void> {
    response.header('cache-control', 'no-store');
    const body = checkBody(loginSchema, request.body);
    if (!isJson(request) || 'problems' in body) {
      response.json(400, { error: 'Stuur {"username", "password"} als JSON.' });
      return;
    }
    const username = body.value.username.trim().toLowerCase();
    const address = clientAddress(request, this.setup.trustProxy);
    if (this.accountFailures.isFull(username) || this.addressFailures.isFull(address)) {
      const wait = Math.max(
        this.accountFailures.retryAfterMs(username),
        this.addressFailures.retryAfterMs(address),
      );
      response.header('retry-after', String(Math.ceil(wait / 1000)));
      response.json(429, { error: 'Te vaak een verkeerd wachtwoord. Probeer het later opnieuw.' });
      return;
    }
    const account = await this.setup.accounts.get(username);
    // An unknown name costs as much time as a wrong password, so it cannot be told apart.
    const valid = await verifyPassword(body.value.password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !valid) {
      this.accountFailures.allow(username);
      this.addressFailures.allow(address);
      this.setup.log.warn('staff login failed', { address });
      response.json(401, { error: 'Gebruikersnaam of wachtwoord klopt niet.' });
      return;
    }
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

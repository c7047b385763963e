import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * The console's three roles: the loket (queue and every live conversation), a client supporter
 * (the handovers to their own provider), a coordinator (reports, the kaart's status, the audit log).
 */
export const STAFF_ROLES = ['loket', 'ondersteuner', 'coordinator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A staff account as stored: a password hash, never the password. */
export interface StaffAccount {
  username: string;
  naam: string;
  role: StaffRole;
  /** For an ondersteuner: the provider (kaart id) whose handovers they receive. */
  aanbieder?: string;
  passwordHash: string;
  createdAt: string;
}

/** What the console and the API know of the signed-in staff member. */
export type StaffMember = Omit<StaffAccount, 'passwordHash' | 'createdAt'>;

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;
export const MIN_PASSWORD_LENGTH = 12;

// scrypt with N = 2^15, r = 8, p = 1: about 32 MB and some 50 ms per check on this machine's
// class of server, OWASP's recommended minimum. The parameters are stored with each hash, so
// they can be raised later without invalidating existing accounts.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: MAXMEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether the password matches the stored hash, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of no password, checked when the username is unknown so that answer takes as long as a wrong password. */
export const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** The account without its hash. */
export function memberOf(account: StaffAccount): StaffMember {
  return {
    username: account.username,
    naam: account.naam,
    role: account.role,
    ...(account.aanbieder ? { aanbieder: account.aanbieder } : {}),
  };
}

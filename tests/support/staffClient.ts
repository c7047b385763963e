import { lowdbRepository } from '../../bot/storage/lowdbRepository.js';
import { type StaffRole, hashPassword } from '../../bot/staff/staffAccount.js';

export const PASSWORD = 'correct-horse-battery';

/** Adds a staff account straight to the data store, as `wegwijzer staff add` does. */
export async function addStaff(
  dataDir: string,
  username: string,
  role: StaffRole,
  extra: { naam?: string; aanbieder?: string } = {},
): Promise<void> {
  await lowdbRepository(dataDir).staff.put(username, {
    username,
    naam: extra.naam ?? username,
    role,
    ...(extra.aanbieder ? { aanbieder: extra.aanbieder } : {}),
    passwordHash: await hashPassword(PASSWORD),
    createdAt: new Date().toISOString(),
  });
}

/** A staff member's browser, as far as the API sees it: a session cookie and the CSRF token. */
export class StaffClient {
  cookie = '';
  csrfToken = '';
  setCookie = '';

  constructor(private readonly base: string) {}

  async login(username: string, password = PASSWORD): Promise<Response> {
    const response = await fetch(`${this.base}/api/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    this.setCookie = response.headers.get('set-cookie') ?? '';
    if (response.ok) {
      this.cookie = this.setCookie.split(';')[0] ?? '';
      this.csrfToken = (await response.clone().json()).csrfToken;
    }
    return response;
  }

  async get(path: string): Promise<Response> {
    return fetch(`${this.base}${path}`, { headers: { cookie: this.cookie } });
  }

  async post(path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: {
        cookie: this.cookie,
        'content-type': 'application/json',
        'x-csrf-token': this.csrfToken,
        ...headers,
      },
      body: JSON.stringify(body),
    });
  }

  /** The JSON of a GET that must succeed. */
  async json<T>(path: string): Promise<T> {
    const response = await this.get(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  }
}

import { ANSWER_MS, type Answer } from './answers.js';
import { ownClient } from './clientAddresses.js';

/** A request to send: method (GET, or POST with a body), headers, body. */
export interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends one request and reads the whole answer; a request that gets none gives status 0. */
export async function send(base: string, path: string, request: Sent = {}): Promise<Answer> {
  try {
    const response = await fetch(`${base}${path}`, {
      method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
      headers: { ...ownClient(), ...request.headers },
      body: typeof request.body === 'string' ? request.body : request.body && new Uint8Array(request.body),
      signal: AbortSignal.timeout(ANSWER_MS),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { status: 0, body: '', failure: `${String(error)}${cause}`, timedOut };
  }
}

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
      headers: onTheWire({ ...ownClient(), ...request.headers }),
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

/**
 * Header values as a client's bytes: fetch takes only characters up to 255, so text beyond that
 * ("Bearer 🙂") goes as its UTF-8 bytes, which is what a client that writes UTF-8 sends.
 */
function onTheWire(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Buffer.from(value, 'utf8').toString('latin1')]),
  );
}

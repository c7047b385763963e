import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from. Behind a reverse proxy (`trustProxy`) that is the first
 * address in X-Forwarded-For; otherwise the socket's own, which a client cannot choose.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  if (trustProxy && first) return first;
  return request.socket.remoteAddress ?? 'unknown';
}

import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/**
 * The address a request came from. Each proxy appends the address it got the request from to
 * X-Forwarded-For, so behind `trustedProxies` proxies the client is that many entries from the
 * right: anything further left was written by the client itself and proves nothing. Without
 * trusted proxies it is the socket's own address, which a client cannot choose.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const own = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies < 1) return own;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return own;
  // Fewer entries than proxies: the request passed fewer of them, and the first one is the client.
  return hops[Math.max(0, hops.length - trustedProxies)]!;
}

/**
 * The client as per-client limits count it: its address, but for IPv6 its /64, since one
 * subscriber gets a whole /64 and could otherwise take a new address for every request.
 */
export function clientKey(request: IncomingMessage, trustedProxies: number): string {
  const address = clientAddress(request, trustedProxies);
  const plain = address.replace(/%.*$/, '');
  if (!isIPv6(plain)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing =
    tail === undefined ? [] : new Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  const groups = [...left, ...missing, ...right].slice(0, 4);
  return `${groups.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}

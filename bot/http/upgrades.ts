import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type Log, errorFields } from '../log.js';

/** What a handler did with an upgrade: took the socket over, or how to refuse it. */
export type UpgradeOutcome = 'taken' | { status: number; retryAfterMs?: number };

export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => UpgradeOutcome;

/**
 * An `upgrade` listener that can neither throw nor leak a socket. Node gives the listener the
 * bare socket and nothing else: an exception there ends the process, and a socket nobody
 * answers stays open until the server runs out of file descriptors. So the socket gets an
 * error handler first, a handler that throws counts as a bad request, and every upgrade the
 * handler does not take is answered with its status and the socket destroyed.
 */
export function upgradeListener(
  log: Log,
  handle: UpgradeHandler,
): (request: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    let outcome: UpgradeOutcome;
    try {
      outcome = handle(request, socket, head);
    } catch (error) {
      log.error('upgrade failed', errorFields(error));
      outcome = { status: 400 };
    }
    if (outcome !== 'taken') refuseUpgrade(socket, outcome.status, outcome.retryAfterMs);
  };
}

/** Answers an upgrade with `status` (no body) and closes the socket once the answer is out. */
function refuseUpgrade(socket: Duplex, status: number, retryAfterMs?: number): void {
  if (socket.destroyed) return;
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Connection: close',
    'Content-Length: 0',
    ...(retryAfterMs === undefined ? [] : [`Retry-After: ${Math.max(1, Math.ceil(retryAfterMs / 1000))}`]),
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n`, () => socket.destroy());
}

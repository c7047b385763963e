import { connect } from 'node:net';

/** What came back on a raw connection. */
export interface RawAnswer {
  /** The status of the first response line, if one came. */
  status: number | undefined;
  /** Everything received, as latin1 (byte for byte). */
  received: string;
  /** How the exchange ended: the server closed, a full answer came, or nothing more came in time. */
  ending: 'closed' | 'answered' | 'silent';
}

/** Whether `text` holds a whole HTTP response (a 101 ends at its head; others per Content-Length). */
function complete(text: string): boolean {
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) return false;
  if (/^HTTP\/1\.[01] 101/.test(text)) return true;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, headEnd));
  if (length) return Buffer.byteLength(text.slice(headEnd + 4), 'latin1') >= Number(length[1]);
  return /\r\n0\r\n\r\n$/.test(text);
}

/**
 * Writes `request` as it is (any bytes, no client-side checks) to the server at `base`, and reads
 * until it closes, answers in full, or stays silent for `waitMs`.
 */
export function rawExchange(base: string, request: Buffer, waitMs: number): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    let received = '';
    const socket = connect({ host: hostname, port: Number(port) });
    const finish = (ending: RawAnswer['ending']) => {
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      resolve({ status: status === undefined ? undefined : Number(status), received, ending });
    };
    const timer = setTimeout(() => finish('silent'), waitMs);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (complete(received)) finish('answered');
    });
    // A reset is the server closing on us; the caller asks /healthz whether it is still there.
    socket.on('error', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    socket.write(request);
  });
}

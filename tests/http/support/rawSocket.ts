import { connect } from 'node:net';

/** What came back on a raw connection, once the server closed it. */
export interface RawAnswer {
  /** The status line's code, or 0 when the server closed without answering. */
  status: number;
  text: string;
}

/**
 * Sends `request` as it is (no client library to correct it) and resolves once the server
 * closes the connection; never resolves if the server keeps it open, which the test's
 * timeout then reports.
 */
export function rawRequest(base: string, request: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // A reset after the answer is still the server closing the line.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.write(request);
  });
}

/** A WebSocket upgrade request for `path`, as a browser sends it. */
export function upgradeRequest(path: string): string {
  return [
    `GET ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    '',
    '',
  ].join('\r\n');
}

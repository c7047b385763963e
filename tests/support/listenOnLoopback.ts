import type restify from 'restify';

/** Starts `server` on a free loopback port; resolves with its base URL (`http://127.0.0.1:<port>`). */
export async function listenOnLoopback(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('server has no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type restify from 'restify';

/** One file the server hands out as it is. */
export interface StaticFile {
  /** The URL path, e.g. `/wegwijzer-chat.js`. */
  path: string;
  file: string;
  contentType: string;
  /** Extra headers, e.g. a Content-Security-Policy for a page. */
  headers?: Record<string, string>;
}

interface Prepared {
  plain: Buffer;
  gzipped: Buffer;
  etag: string;
}

/**
 * Serves a fixed list of files (no directory is exposed, so no path can escape it), gzipped
 * when the browser accepts it, and revalidated by ETag so an update reaches residents at once.
 * Files are read on first request and then kept: the Web Chat bundle is 4 MB, 1 MB gzipped.
 */
export function addStaticFiles(server: restify.Server, files: readonly StaticFile[]): void {
  for (const entry of files) {
    let prepared: Prepared | undefined;
    const prepare = (): Prepared => {
      const plain = readFileSync(entry.file);
      const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
      return { plain, gzipped: gzipSync(plain), etag };
    };
    server.get(entry.path, async (request, response) => {
      prepared ??= prepare();
      response.header('content-type', entry.contentType);
      response.header('cache-control', 'no-cache');
      response.header('etag', prepared.etag);
      response.header('x-content-type-options', 'nosniff');
      for (const [name, value] of Object.entries(entry.headers ?? {})) response.header(name, value);
      if (request.header('if-none-match') === prepared.etag) {
        response.send(304);
        return;
      }
      const gzip = /\bgzip\b/.test(request.header('accept-encoding') ?? '');
      if (gzip) response.header('content-encoding', 'gzip');
      response.header('vary', 'Accept-Encoding');
      response.sendRaw(200, gzip ? prepared.gzipped : prepared.plain);
    });
  }
}

import type restify from 'restify';

const ALLOWED_HEADERS = 'authorization, content-type, x-ms-bot-agent';

/**
 * Lets the chat widget, embedded on the municipality's own site, call this server from that
 * site's origin. Only the listed origins and only the listed path prefixes: staff pages and the
 * bot's endpoint stay same-origin. Tokens travel in headers, never cookies, so this is safe.
 */
export function allowCrossOrigin(
  server: restify.Server,
  pathPrefixes: readonly string[],
  origins: readonly string[],
): void {
  server.pre((request, response, next) => {
    const origin = request.header('origin');
    const path = request.getPath();
    if (!origin || !origins.includes(origin) || !pathPrefixes.some((prefix) => path.startsWith(prefix))) {
      return next();
    }
    response.header('access-control-allow-origin', origin);
    response.header('vary', 'Origin');
    if (request.method !== 'OPTIONS') return next();
    response.header('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.header('access-control-allow-headers', ALLOWED_HEADERS);
    response.header('access-control-max-age', '600');
    response.send(204);
    return next(false);
  });
}

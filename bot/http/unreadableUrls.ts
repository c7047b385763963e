import type restify from 'restify';

/**
 * Answers a request whose URL Node's parser cannot read (`GET http://[`) with a plain 400,
 * before anything else looks at it. restify parses the URL lazily in `getPath()`, and the
 * exception that parse throws inside a `pre` handler is not caught: one request would end the
 * process. Registered first, this is the only place that meets such a URL.
 */
export function refuseUnreadableUrls(server: restify.Server): void {
  server.pre((request, response, next) => {
    try {
      request.getPath();
      request.getQuery();
    } catch {
      // Answered by hand: restify's own send would format (and log) with the same unreadable URL.
      response.writeHead(400, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      response.end(JSON.stringify({ error: 'The request URL cannot be read.' }));
      return next(false);
    }
    return next();
  });
}

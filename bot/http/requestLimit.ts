import type restify from 'restify';
import type { ClientLimit } from './clientLimit.js';
import { answerTooMany } from './errorAnswer.js';

/**
 * Counts every request (any route, and those to no route) against its client's limit before
 * anything else runs, and answers 429 once a client is over it. `uncounted` names the requests
 * that are no single client's.
 */
export function limitEveryClient(
  server: restify.Server,
  limit: ClientLimit,
  uncounted: (request: restify.Request) => boolean,
): void {
  server.pre((request, response, next) => {
    if (uncounted(request)) return next();
    const wait = limit.wait(request);
    if (wait === 0) return next();
    answerTooMany(request, response, wait, 'Too many requests from this address.');
    return next(false);
  });
}

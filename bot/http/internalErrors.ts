import type restify from 'restify';
import { type Log, errorFields } from '../log.js';
import { answerError } from './errorAnswer.js';

const GENERIC = 'Something went wrong on the server; try again later.';

/**
 * What a client sees when the server fails: a 500 with a plain sentence. restify would answer
 * an exception with its message as the body ("RangeError: Maximum call stack size exceeded"),
 * which tells an attacker what broke; the log gets the details instead. restify's own
 * answers to bad requests (404, 405) stay as they are.
 */
export function answerInternalErrors(server: restify.Server, log: Log): void {
  server.on(
    'restifyError',
    (request: restify.Request, response: restify.Response, error: unknown, done: () => void) => {
      if (statusOf(error) < 500) return done();
      log.error('request failed', errorFields(error));
      if (!response.headersSent) answerError(request, response, 500, 'ServiceError', GENERIC);
      return done();
    },
  );
}

/** The JSON formatter: a body JSON.stringify cannot write (a cycle, a BigInt) becomes a plain 500. */
export function jsonFormatter(log: Log): restify.Formatter {
  return (_request, response, body: unknown) => {
    let data: string;
    try {
      data = JSON.stringify(body) ?? 'null';
    } catch (error) {
      log.error('response not formatted', errorFields(error));
      response.statusCode = 500;
      data = JSON.stringify({ error: GENERIC });
    }
    response.setHeader('content-length', Buffer.byteLength(data));
    return data;
  };
}

function statusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return 500;
  return typeof error.statusCode === 'number' ? error.statusCode : 500;
}

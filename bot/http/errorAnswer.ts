import type { Request, Response } from 'restify';
import { directLineError } from '../directline/directLineErrors.js';

const DIRECT_LINE_PATHS = '/v3/directline/';

/**
 * Answers an error in the words its client reads: Direct Line's `{error: {code, message}}` on
 * Direct Line's paths, `{error: message}` everywhere else.
 */
export function answerError(
  request: Request,
  response: Response,
  status: number,
  code: string,
  message: string,
): void {
  if ((request.url ?? '').startsWith(DIRECT_LINE_PATHS)) directLineError(response, status, code, message);
  else response.json(status, { error: message });
}

/** A 429 with Retry-After, in seconds as HTTP has it (at least one). */
export function answerTooMany(request: Request, response: Response, waitMs: number, message: string): void {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  response.header('retry-after', String(seconds));
  answerError(request, response, 429, 'TooManyRequests', `${message} Try again in ${seconds} s.`);
}

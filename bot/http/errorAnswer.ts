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

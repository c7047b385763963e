import type { Response } from 'restify';

/** Answers in Direct Line's error shape, so clients handle it as they handle Azure's. */
export function directLineError(response: Response, status: number, code: string, message: string): void {
  response.json(status, { error: { code, message } });
}

/** The bearer token of a request, if any. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

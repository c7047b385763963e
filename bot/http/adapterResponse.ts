import type { Response as AdapterResponse } from 'botbuilder';
import type { Response } from 'restify';

/**
 * The response botbuilder's adapter writes to, turned into plain JSON answers. On an error the
 * adapter sends its own words as a bare string: an exception's message, or "Unauthorized
 * Access..." (which restify, for a client that accepts neither JSON nor text, could not even
 * format). Those never reach the client; it gets a sentence of ours for the status instead.
 */
export function adapterResponse(response: Response): AdapterResponse {
  let status = 200;
  let body: unknown;
  return {
    socket: response.socket,
    status: (code: number) => {
      status = code;
    },
    header: (name: string, value: unknown) => response.header(name, value),
    send: (value: unknown) => {
      body = value;
    },
    end: () => {
      if (status >= 400) response.json(status, { error: sentenceFor(status) });
      else if (body === undefined || body === null) {
        response.status(status);
        response.end();
      } else response.json(status, body);
    },
  };
}

function sentenceFor(status: number): string {
  if (status === 401) return 'This request is not authenticated.';
  if (status === 403) return 'This request is not allowed.';
  if (status === 429)
    return 'Too many messages at once in this conversation: wait for the answer, then send again.';
  if (status < 500) return 'This is not a usable Bot Framework activity.';
  return 'The bot could not process this activity.';
}

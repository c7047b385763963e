import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler, Response } from 'restify';
import { answerError } from './errorAnswer.js';
import { jsonDepthOver } from './jsonDepth.js';

/** What a body may be: its size in bytes as it arrives (no encoding), and how deep its JSON nests. */
export interface BodyLimits {
  maxBytes: number;
  maxDepth: number;
}

type Refusal = { status: number; code: string; message: string };

/**
 * Reads every request body as JSON, the only kind any route takes, into `request.body`.
 * Whatever else is refused before a byte is read: other content types (multipart forms never
 * reach a parser that writes files), compressed bodies (a small gzip can inflate to gigabytes),
 * a declared length over the limit. While reading, the limit holds on the bytes themselves, and
 * JSON that nests too deeply for the code after it is refused before it is parsed.
 */
export function readJsonBodies(limits: BodyLimits): RequestHandler {
  return (request: Request, response: Response, next) => {
    if (!hasBody(request)) return next();
    const refused = refusalOf(request, limits);
    if (refused) return refuse(request, response, refused, next);
    void readText(request, limits.maxBytes).then((text) => {
      // A client that went away mid-body gets no answer.
      if (text === 'aborted') return next(false);
      if (text === 'too large') return refuse(request, response, tooLarge(limits), next);
      if (jsonDepthOver(text, limits.maxDepth)) {
        return refuse(request, response, badJson('The JSON is nested too deeply.'), next);
      }
      try {
        request.body = JSON.parse(text);
      } catch {
        return refuse(request, response, badJson('The body is not valid JSON.'), next);
      }
      return next();
    });
  };
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function refusalOf(request: IncomingMessage, limits: BodyLimits): Refusal | undefined {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    return {
      status: 415,
      code: 'BadArgument',
      message: 'Send the body uncompressed: no Content-Encoding is accepted.',
    };
  }
  const [type = '', ...parameters] = (request.headers['content-type'] ?? '').split(';');
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='));
  if (type.trim().toLowerCase() !== 'application/json' || (charset && !/^charset="?utf-8"?$/.test(charset))) {
    return {
      status: 415,
      code: 'BadArgument',
      message: 'Send the body as JSON (Content-Type: application/json).',
    };
  }
  if (Number(request.headers['content-length'] ?? 0) > limits.maxBytes) return tooLarge(limits);
  return undefined;
}

/** The body as text; once it is over `maxBytes` the rest is counted, not kept. */
function readText(request: IncomingMessage, maxBytes: number): Promise<string | 'too large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (size > maxBytes) return;
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else {
        chunks.length = 0;
        resolve('too large');
      }
    });
    request.on('end', () => resolve(size > maxBytes ? 'too large' : Buffer.concat(chunks).toString('utf8')));
    // Nothing in these listeners may throw: a throw here would end the process.
    request.on('error', () => resolve('aborted'));
    // Closed before the end: the client went away (after the end this changes nothing).
    request.on('close', () => resolve('aborted'));
  });
}

function tooLarge(limits: BodyLimits): Refusal {
  return {
    status: 413,
    code: 'MessageSizeTooBig',
    message: `The body is larger than ${Math.round(limits.maxBytes / 1024)} kB.`,
  };
}

function badJson(message: string): Refusal {
  return { status: 400, code: 'BadArgument', message };
}

function refuse(request: Request, response: Response, refusal: Refusal, next: (stop: false) => void): void {
  // What is left of a refused body is not worth reading: the connection closes after the answer.
  if (!request.complete) response.header('connection', 'close');
  answerError(request, response, refusal.status, refusal.code, refusal.message);
  next(false);
}

import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { JsonValue } from 'fast-check';
import { type ActivitySpec, activityJson } from './activityCases.js';
import { type TextSpec, textOf } from './textSpec.js';

/** A request body that is no activity: cut short, random bytes, any text, JSON of another shape. */
export type NonActivitySpec =
  { truncated: ActivitySpec; keep: number } | { bytes: number[] } | { raw: TextSpec } | { json: JsonValue };

/** How a body travels: its Content-Type, character set, compression and Content-Encoding. */
export interface TransportSpec {
  contentType: string | undefined;
  charset: 'utf-8' | 'utf-16le' | 'latin1';
  compression: 'gzip' | 'deflate' | 'br' | undefined;
  /** The header, which need not say what was done. */
  contentEncoding: string | undefined;
  /** Damage to the compressed bytes: cut off, or bytes changed in the middle. */
  damage: 'none' | 'cut' | 'flipped';
}

/** A multipart/form-data body, with form fields and files. */
export interface MultipartSpec {
  boundary: string;
  parts: { name: string; filename: string | undefined; content: TextSpec }[];
}

/** A body as it goes over the wire, with its headers. */
export interface Encoded {
  headers: Record<string, string>;
  body: Buffer;
}

/** The bytes of a body that is no activity. */
export function nonActivityBytes(spec: NonActivitySpec): Buffer {
  if ('truncated' in spec) {
    const json = activityJson(spec.truncated, { conversation: 'fuzz-cut', user: 'fuzz-cut' });
    return Buffer.from(json.slice(0, spec.keep % json.length));
  }
  if ('bytes' in spec) return Buffer.from(spec.bytes);
  if ('raw' in spec) return Buffer.from(textOf(spec.raw));
  return Buffer.from(JSON.stringify(spec.json));
}

function compress(bytes: Buffer, compression: TransportSpec['compression']): Buffer {
  if (compression === 'gzip') return gzipSync(bytes);
  if (compression === 'deflate') return deflateSync(bytes);
  if (compression === 'br') return brotliCompressSync(bytes);
  return bytes;
}

function damaged(bytes: Buffer, damage: TransportSpec['damage']): Buffer {
  if (damage === 'cut') return bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2)));
  if (damage === 'flipped') {
    const copy = Buffer.from(bytes);
    for (let at = Math.floor(copy.length / 3); at < copy.length - 8; at += 7) copy[at] = copy[at]! ^ 0xa5;
    return copy;
  }
  return bytes;
}

/** A body's text or bytes as they go over the wire, with the headers the transport names. */
export function encoded(content: string | Buffer, transport: TransportSpec): Encoded {
  const text = typeof content === 'string' ? content : undefined;
  const bytes = text === undefined ? Buffer.from(content) : Buffer.from(text, transport.charset);
  const headers: Record<string, string> = {};
  if (transport.contentType !== undefined) headers['content-type'] = transport.contentType;
  if (transport.contentEncoding !== undefined) headers['content-encoding'] = transport.contentEncoding;
  const body = transport.compression
    ? damaged(compress(bytes, transport.compression), transport.damage)
    : bytes;
  return { headers, body };
}

/** A multipart body and its Content-Type. */
export function multipart(spec: MultipartSpec): Encoded {
  const lines = spec.parts.map((part) => {
    const file = part.filename === undefined ? '' : `; filename="${part.filename}"`;
    const type = part.filename === undefined ? '' : '\r\nContent-Type: application/octet-stream';
    return `--${spec.boundary}\r\nContent-Disposition: form-data; name="${part.name}"${file}${type}\r\n\r\n${textOf(part.content)}\r\n`;
  });
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${spec.boundary}` },
    body: Buffer.from(`${lines.join('')}--${spec.boundary}--\r\n`),
  };
}

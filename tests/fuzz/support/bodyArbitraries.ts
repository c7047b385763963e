import fc from 'fast-check';
import { activitySpec } from './activityArbitraries.js';
import type { MultipartSpec, NonActivitySpec, TransportSpec } from './bodyCases.js';
import { textSpec } from './textSpec.js';

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=bogus',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'application/jsonp',
  'text/json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/mixed; boundary=x',
  'application/xml',
  ';;;',
  '',
];

const CONTENT_ENCODINGS = [
  'gzip',
  'deflate',
  'br',
  'identity',
  'x-gzip',
  'GZIP',
  'gzip, deflate',
  'zstd',
  'bogus',
  '',
];

/** Content-Type and character set of every kind, without compression. */
export function plainTransport(): fc.Arbitrary<TransportSpec> {
  return fc.record({
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
    charset: fc.constantFrom<TransportSpec['charset']>('utf-8', 'utf-16le', 'latin1'),
    compression: fc.constant(undefined),
    contentEncoding: fc.constant(undefined),
    damage: fc.constant<TransportSpec['damage']>('none'),
  });
}

/** JSON bodies, compressed or not, under a Content-Encoding that may or may not say how. */
export function compressedTransport(): fc.Arbitrary<TransportSpec> {
  return fc.record({
    contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain'),
    charset: fc.constant<TransportSpec['charset']>('utf-8'),
    compression: fc.constantFrom<TransportSpec['compression']>('gzip', 'deflate', 'br', undefined),
    contentEncoding: fc.option(fc.constantFrom(...CONTENT_ENCODINGS), { nil: undefined }),
    damage: fc.constantFrom<TransportSpec['damage']>('none', 'cut', 'flipped'),
  });
}

/** Bodies that are no activity. */
export function nonActivitySpec(): fc.Arbitrary<NonActivitySpec> {
  return fc.oneof(
    fc.record({ truncated: activitySpec({ maxMutations: 1 }), keep: fc.nat() }),
    fc.record({ bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }) }),
    fc.record({ raw: textSpec({ maxLength: 200_000 }) }),
    fc.record({ json: fc.jsonValue({ maxDepth: 3 }) }),
  );
}

/** Multipart bodies with form fields and files, small or large. */
export function multipartSpec(): fc.Arbitrary<MultipartSpec> {
  const name = fc.constantFrom('type', 'text', 'channelId', 'file', 'upload', 'a');
  return fc.record({
    boundary: fc.stringMatching(/^[A-Za-z0-9]{1,40}$/),
    parts: fc.array(
      fc.record({
        name,
        filename: fc.option(fc.constantFrom('a.txt', 'x.json', '../../etc/x', 'leeg', '.x.json.tmp'), {
          nil: undefined,
        }),
        content: textSpec({ maxLength: 100_000 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  });
}

import fc from 'fast-check';
import type { Mutation } from './activityCases.js';
import { deepMutation, mutation } from './activityArbitraries.js';

/** Path segments that trip up decoding and routing: broken and overlong escapes, dots, unicode. */
export const ODD_SEGMENTS = [
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%C0%AF',
  '%FF%FE',
  '%00',
  '%2F',
  '%2e%2e',
  '..',
  '.',
  '',
  'é',
  '🙂',
  '[',
  '%5B',
  '\\',
  ';',
  'x'.repeat(300),
];

/** What a Direct Line client posts: a message with up to four changes, sometimes very deep ones. */
export function clientMutations(): fc.Arbitrary<Mutation[]> {
  return fc.array(
    fc.oneof({ arbitrary: mutation({ long: true }), weight: 10 }, { arbitrary: deepMutation(), weight: 1 }),
    { maxLength: 4 },
  );
}

/** The channel's routes a case can call. */
export const ROUTES = ['start', 'conversation', 'activities', 'post-activity', 'upload', 'refresh'] as const;

/** A request to one of the channel's routes, with its conversation, token and watermark fuzzed. */
export interface RouteSpec {
  route: (typeof ROUTES)[number];
  method: string | undefined;
  /** The path's conversation: the session's own, or another text. */
  conversation: 'own' | string;
  authorization: 'own' | 'none' | string;
  watermark: string | undefined;
  body: 'none' | 'json' | 'multipart';
}

/** Requests to the channel's routes, mostly with the session's own token and conversation. */
export function routeSpec(): fc.Arbitrary<RouteSpec> {
  const text = fc.oneof(fc.constantFrom(...ODD_SEGMENTS), fc.string({ maxLength: 20 }));
  return fc.record({
    route: fc.constantFrom(...ROUTES),
    method: fc.option(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'), {
      freq: 4,
      nil: undefined,
    }),
    conversation: fc.oneof({ arbitrary: fc.constant('own'), weight: 2 }, { arbitrary: text, weight: 3 }),
    authorization: fc.oneof(
      { arbitrary: fc.constantFrom('own', 'none'), weight: 3 },
      {
        arbitrary: fc.constantFrom(
          'Bearer',
          'Bearer ',
          'Basic abc',
          'Bearer a.b.c',
          'Bearer eyJhbGciOiJub25lIn0.e30.',
        ),
        weight: 2,
      },
      { arbitrary: text.map((token) => `Bearer ${token}`), weight: 1 },
    ),
    watermark: fc.option(
      fc.oneof(fc.constantFrom('-1', 'NaN', '1e400', '99999999999999999999', '0x10', ''), text),
      {
        nil: undefined,
      },
    ),
    body: fc.constantFrom('none', 'json', 'multipart'),
  });
}

import fc from 'fast-check';
import { ODD_SEGMENTS } from './directLineArbitraries.js';
import type { DirectLineSession } from './directLineSession.js';
import { ownClient } from './clientAddresses.js';

/** Where an upgrade request goes: the activity stream, another of the server's paths, or odd bytes. */
export type TargetSpec =
  | {
      stream: { conversation: 'own' | string; token: 'own' | 'none' | string; watermark: string | undefined };
    }
  | { path: string }
  | { fragments: string[] };

/** An upgrade request: its method, target and the headers that make it one (or nearly). */
export interface UpgradeSpec {
  method: string;
  target: TargetSpec;
  upgrade: string | undefined;
  connection: string | undefined;
  version: string | undefined;
  key: string | undefined;
}

/** The server's other paths: an upgrade to any of them must be answered or closed, not kept open. */
export const OTHER_PATHS = [
  '/',
  '/healthz',
  '/api/messages',
  '/api/directline/token',
  '/staff',
  '/api/staff/events',
  '/wegwijzer-chat.js',
  '/v3/directline/conversations',
  '/v3/directline/conversations/x/activities',
  '/v3/directline/conversations/x/streams',
  '/v3/directline/conversations/x/stream/',
  '/v3/directline/conversations//stream',
  '/nergens',
];

const FRAGMENTS = [
  ...ODD_SEGMENTS,
  '/',
  '//',
  '?',
  '#',
  '&',
  '=',
  't=',
  'v3',
  'directline',
  'conversations',
  'stream',
  'http:',
  '@',
  ':',
  '*',
];

/** Upgrade requests and near-upgrades to every kind of target, with or without the headers that make one. */
export function upgradeSpec(): fc.Arbitrary<UpgradeSpec> {
  const text = fc.oneof(fc.constantFrom(...ODD_SEGMENTS), fc.string({ maxLength: 20 }));
  const stream = fc.record({
    conversation: fc.oneof(fc.constant('own'), text),
    token: fc.oneof(fc.constantFrom('own', 'none'), text),
    watermark: fc.option(fc.oneof(fc.constantFrom('-1', 'NaN', '1e400', '99999999999999999999', '0'), text), {
      nil: undefined,
    }),
  });
  return fc.record({
    method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'OPTIONS'),
    target: fc.oneof(
      { arbitrary: stream.map((spec) => ({ stream: spec })), weight: 3 },
      {
        arbitrary: fc
          .constantFrom(...OTHER_PATHS, '//[', '*', 'http://[', '//', '/%')
          .map((path) => ({ path })),
        weight: 2,
      },
      {
        arbitrary: fc
          .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 })
          .map((fragments) => ({ fragments })),
        weight: 2,
      },
    ),
    upgrade: fc.option(fc.constantFrom('websocket', 'WebSocket', 'h2c', 'websocket, h2c', '', 'foo'), {
      freq: 6,
      nil: undefined,
    }),
    connection: fc.option(fc.constantFrom('Upgrade', 'upgrade', 'keep-alive, Upgrade', 'close'), {
      freq: 6,
      nil: undefined,
    }),
    version: fc.option(fc.constantFrom('13', '8', '', 'x'), { freq: 4, nil: undefined }),
    key: fc.option(fc.constantFrom('dGhlIHNhbXBsZSBub25jZQ==', 'x', ''), { freq: 4, nil: undefined }),
  });
}

/** An upgrade request to another path than the stream, with the headers a browser sends. */
export function otherPathUpgrade(): fc.Arbitrary<UpgradeSpec> {
  return fc.record({
    method: fc.constant('GET'),
    target: fc.oneof(
      fc.constantFrom(...OTHER_PATHS).map((path) => ({ path })),
      fc
        .array(fc.constantFrom(...FRAGMENTS.filter((fragment) => !fragment.includes('%'))), {
          minLength: 1,
          maxLength: 4,
        })
        .map((fragments) => ({ fragments: ['/', ...fragments] })),
    ),
    upgrade: fc.constantFrom('websocket', 'h2c'),
    connection: fc.constant('Upgrade'),
    version: fc.constant('13'),
    key: fc.constant('dGhlIHNhbXBsZSBub25jZQ=='),
  });
}

/** The request-target a spec stands for, with the session's conversation and token where it says "own". */
export function targetOf(target: TargetSpec, session: DirectLineSession): string {
  if ('path' in target) return target.path;
  if ('fragments' in target) return target.fragments.join('');
  const { conversation, token, watermark } = target.stream;
  const query = [
    ...(token === 'none' ? [] : [`t=${token === 'own' ? session.token : token}`]),
    ...(watermark === undefined ? [] : [`watermark=${watermark}`]),
  ];
  const id = conversation === 'own' ? session.conversationId : conversation;
  return `/v3/directline/conversations/${id}/stream${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** The request's bytes, as a client could send them (no escaping: the target goes as UTF-8). */
export function upgradeRequest(spec: UpgradeSpec, session: DirectLineSession, host: string): Buffer {
  const headers = [
    `Host: ${host}`,
    `X-Forwarded-For: ${ownClient()['x-forwarded-for']}`,
    ...(spec.upgrade === undefined ? [] : [`Upgrade: ${spec.upgrade}`]),
    ...(spec.connection === undefined ? [] : [`Connection: ${spec.connection}`]),
    ...(spec.version === undefined ? [] : [`Sec-WebSocket-Version: ${spec.version}`]),
    ...(spec.key === undefined ? [] : [`Sec-WebSocket-Key: ${spec.key}`]),
  ];
  return Buffer.from(
    `${spec.method} ${targetOf(spec.target, session)} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`,
  );
}

import fc from 'fast-check';
import type { ActivitySpec, Mutation, Stage, ValueSpec } from './activityCases.js';
import { textSpec } from './textSpec.js';

// Every field a channel may send, and some it should not; dotted paths reach inside.
const FIELDS = [
  'type',
  'id',
  'text',
  'channelId',
  'serviceUrl',
  'from',
  'from.id',
  'from.name',
  'from.role',
  'from.aadObjectId',
  'recipient',
  'recipient.id',
  'conversation',
  'conversation.id',
  'conversation.conversationType',
  'conversation.tenantId',
  'conversation.isGroup',
  'locale',
  'timestamp',
  'localTimestamp',
  'localTimezone',
  'replyToId',
  'textFormat',
  'value',
  'value.choice',
  'name',
  'channelData',
  'channelData.tenant',
  'channelData.tenant.id',
  'channelData.wegwijzer',
  'channelData.postBack',
  'entities',
  'attachments',
  'suggestedActions',
  'membersAdded',
  'membersRemoved',
  'relatesTo',
  'action',
  '__proto__',
  'constructor',
];

const TYPES = [
  'message',
  'conversationUpdate',
  'event',
  'invoke',
  'typing',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'installationUpdate',
  'endOfConversation',
  'handoff',
  'trace',
  'command',
  'MESSAGE',
  'message ',
];

// Loopback and malformed addresses only: a reply must never leave this machine.
const SERVICE_URLS = [
  'http://localhost:9/',
  'http://127.0.0.1:9/',
  'https://localhost:9/',
  'http://[::1]:9/',
  'http://localhost:9/%zz/',
  'ftp://localhost/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'localhost',
  '',
];

/** Values of every JSON type, some of them odd for the field they land in. */
export function valueSpec(options: { long: boolean }): fc.Arbitrary<ValueSpec> {
  const members = fc.array(fc.record({ id: fc.oneof(fc.constantFrom('wegwijzer', 'fuzz'), fc.string()) }), {
    maxLength: 3,
  });
  return fc.oneof(
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })), weight: 4 },
    {
      arbitrary: textSpec(options.long ? { maxLength: 450_000 } : undefined).map((text) => ({ text })),
      weight: 4,
    },
    { arbitrary: fc.constantFrom(...TYPES, ...SERVICE_URLS).map((json) => ({ json })), weight: 3 },
    { arbitrary: members.map((json) => ({ json })), weight: 1 },
    { arbitrary: fc.constantFrom(null, 0, -1, 1e308, true, [], {}).map((json) => ({ json })), weight: 2 },
  );
}

/** One change to an activity: a field dropped, or set to another value. */
export function mutation(options: { long: boolean }): fc.Arbitrary<Mutation> {
  const field = fc.constantFrom(...FIELDS);
  return fc.oneof(
    field.map((drop) => ({ drop })),
    fc.record({ set: field, to: valueSpec(options) }),
  );
}

/** A field set to arrays or objects up to 200 000 levels deep. */
export function deepMutation(): fc.Arbitrary<Mutation> {
  const nested = fc.record({
    depth: fc.integer({ min: 1, max: 200_000 }),
    as: fc.constantFrom<'arrays' | 'objects'>('arrays', 'objects'),
  });
  return fc.record({ set: fc.constantFrom(...FIELDS), to: nested.map((deep) => ({ nested: deep })) });
}

/** An activity to /api/messages: a good one with up to four changes. */
export function activitySpec(
  options: { long?: boolean; maxMutations?: number } = {},
): fc.Arbitrary<ActivitySpec> {
  return fc.record({
    stage: fc.constantFrom<Stage>('opening', 'consent', 'question'),
    mutations: fc.array(mutation({ long: options.long ?? false }), {
      maxLength: options.maxMutations ?? 4,
    }),
  });
}

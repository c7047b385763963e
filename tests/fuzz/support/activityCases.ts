import { randomUUID } from 'node:crypto';
import type { JsonValue } from 'fast-check';
import { type TextSpec, textOf } from './textSpec.js';

/** A value a case puts in a field: JSON, a (long) text, or nesting too deep to write out. */
export type ValueSpec =
  { json: JsonValue } | { text: TextSpec } | { nested: { depth: number; as: 'arrays' | 'objects' } };

/** One change to a well-formed activity: a field removed, or set to something else. */
export type Mutation = { drop: string } | { set: string; to: ValueSpec };

/**
 * Where in a conversation the fuzzed activity comes: as its first message, as the answer to the
 * consent question, or (consent given, so state goes to disk) as the resident's question.
 */
export type Stage = 'opening' | 'consent' | 'question';

/** A Bot Framework activity as a case describes it: a good one, changed by `mutations`. */
export interface ActivitySpec {
  stage: Stage;
  mutations: Mutation[];
}

/** The conversation and resident a case talks as: new for every case, so cases do not meet. */
export interface CaseIds {
  conversation: string;
  user: string;
}

/** Fresh ids for a case. */
export function caseIds(): CaseIds {
  const id = randomUUID();
  return { conversation: `fuzz-conversation-${id}`, user: `fuzz-resident-${id}` };
}

/**
 * What a channel sends for a resident's message. `deliveryMode: expectReplies` is kept by every
 * case: without it the bot posts its replies to the serviceUrl, a loopback port nobody listens
 * on, and botbuilder's retries cost ten seconds a case without testing this server.
 */
function wellFormed(ids: CaseIds, text = 'Ik heb schulden'): Record<string, unknown> {
  return {
    type: 'message',
    id: 'fuzz-activity',
    text,
    channelId: 'webchat',
    serviceUrl: 'http://localhost:9/',
    from: { id: ids.user, name: 'Fuzz' },
    recipient: { id: 'wegwijzer' },
    conversation: { id: ids.conversation },
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
    timestamp: '2026-11-24T10:00:00.000Z',
  };
}

/** JSON nested `depth` deep, written out as text (JSON.stringify would overflow the test's own stack). */
export function nestedJson(depth: number, as: 'arrays' | 'objects'): string {
  return as === 'arrays'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;
}

/** Sets `path` (dot-separated) in `target`, making the objects on the way; `__proto__` as an own key. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return;
  if (rest.length === 0) {
    Object.defineProperty(target, head, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  const next = target[head];
  const child: Record<string, unknown> =
    typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...next } : {};
  setPath(child, rest.join('.'), value);
  Object.defineProperty(target, head, { value: child, enumerable: true, writable: true, configurable: true });
}

/** A copy of `target` without `path` (dot-separated). */
function withoutPath(target: Record<string, unknown>, path: string): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return Object.fromEntries(Object.entries(target).filter(([key]) => key !== head));
  const next = head === undefined ? undefined : target[head];
  if (head === undefined || typeof next !== 'object' || next === null || Array.isArray(next)) return target;
  const child: Record<string, unknown> = { ...next };
  return { ...target, [head]: withoutPath(child, rest.join('.')) };
}

/** The JSON text of an activity (or another object) with a spec's mutations applied. */
export function mutatedJson(start: Record<string, unknown>, mutations: Mutation[]): string {
  let activity: Record<string, unknown> = structuredClone(start);
  const deep: string[] = [];
  for (const mutation of mutations) {
    if ('drop' in mutation) {
      activity = withoutPath(activity, mutation.drop);
      continue;
    }
    const { to } = mutation;
    if ('json' in to) setPath(activity, mutation.set, to.json);
    else if ('text' in to) setPath(activity, mutation.set, textOf(to.text));
    else {
      // A placeholder, replaced by the nesting once the rest is text.
      setPath(activity, mutation.set, `@@nested-${deep.length}@@`);
      deep.push(nestedJson(to.nested.depth, to.nested.as));
    }
  }
  return JSON.stringify(activity).replace(
    /"@@nested-(\d+)@@"/g,
    (_, index: string) => deep[Number(index)] ?? 'null',
  );
}

/** The JSON text of an activity spec. */
export function activityJson(spec: ActivitySpec, ids: CaseIds): string {
  return mutatedJson(wellFormed(ids), spec.mutations);
}

/** The well-formed turns that bring a conversation to the spec's stage. */
export function warmUpJson(stage: Stage, ids: CaseIds): string[] {
  const opening = JSON.stringify(wellFormed(ids, 'hallo'));
  const consent = JSON.stringify({ ...wellFormed(ids, ''), value: { choice: 'yes' } });
  if (stage === 'opening') return [];
  return stage === 'consent' ? [opening] : [opening, consent];
}

import { RESIDENT_SCRIPTS, type ScriptInput } from './residentScripts.js';

/** What a load run measured: every successful turn's latency, and every failure said plainly. */
export interface LoadResult {
  latencies: number[];
  failures: string[];
  intakes: number;
  elapsedMs: number;
}

interface Reply {
  type?: string;
  text?: string;
  channelData?: { wegwijzer?: { outcome?: { type?: string } } };
}

/**
 * `concurrency` residents, each walking `intakesEach` full intakes (the scripts in turn) over
 * `/api/messages` with `deliveryMode: expectReplies`. Against Wegwijzer each intake must reach
 * its script's outcome; against the echo bot each reply must echo the message. A failed turn
 * ends that intake and counts as a failure, never as a fast turn.
 */
export async function runIntakes(
  base: string,
  kind: 'wegwijzer' | 'echo',
  concurrency: number,
  intakesEach: number,
  runId: string,
): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], failures: [], intakes: 0, elapsedMs: 0 };
  const started = performance.now();
  const resident = async (index: number) => {
    for (let round = 0; round < intakesEach; round++) {
      const script = RESIDENT_SCRIPTS[(index + round) % RESIDENT_SCRIPTS.length]!;
      const who = `${runId}-${index}-${round}`;
      const outcomes = new Set<string>();
      let failed = false;
      for (const input of script.inputs) {
        const sent = performance.now();
        const replies = await turn(base, who, input).catch((error: unknown) => String(error));
        const latency = performance.now() - sent;
        if (typeof replies === 'string') {
          result.failures.push(`${kind} ${who}: ${replies}`);
          failed = true;
          break;
        }
        if (
          kind === 'echo' &&
          input !== 'join' &&
          !replies.some((reply) => reply.text?.startsWith('echo: '))
        ) {
          result.failures.push(`${kind} ${who}: no echo`);
          failed = true;
          break;
        }
        for (const reply of replies) {
          const type = reply.channelData?.wegwijzer?.outcome?.type;
          if (type) outcomes.add(type);
        }
        result.latencies.push(latency);
      }
      if (!failed && kind === 'wegwijzer' && !outcomes.has(script.outcome)) {
        result.failures.push(
          `${who}: expected outcome ${script.outcome}, saw ${[...outcomes].join(', ') || 'none'}`,
        );
      }
      if (!failed) result.intakes += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => resident(index)));
  result.elapsedMs = performance.now() - started;
  return result;
}

async function turn(base: string, who: string, input: ScriptInput): Promise<Reply[]> {
  const activity =
    input === 'join'
      ? { type: 'conversationUpdate', membersAdded: [{ id: `user-${who}` }, { id: 'wegwijzer' }] }
      : typeof input === 'string'
        ? { type: 'message', text: input }
        : { type: 'message', text: '', value: input };
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    // Residents come from addresses of their own (the servers run with TRUST_PROXY=true), as they
    // would through the municipality's proxy; from one address they would meet its rate limit.
    headers: { 'content-type': 'application/json', 'x-forwarded-for': addressOf(who) },
    body: JSON.stringify({
      ...activity,
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1:9/',
      from: { id: `user-${who}` },
      recipient: { id: 'wegwijzer' },
      conversation: { id: `conv-${who}` },
      locale: 'nl-NL',
      deliveryMode: 'expectReplies',
    }),
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  const body: { activities?: Reply[] } = await response.json();
  return (body.activities ?? []).filter((reply) => reply.type === 'message');
}

/** A documentation-range address (RFC 5737) of the resident's own: only ever a header value. */
function addressOf(who: string): string {
  let hash = 0;
  for (const char of who) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `198.51.${(hash >>> 8) & 255}.${hash & 255}`;
}

import { randomUUID } from 'node:crypto';
import { RESIDENT_SERVICE_URL, type Reply, outcomeOf } from '../../tests/support/botServer.js';
import { type Button, buttonsOf, clickActivity, findButton } from './buttons.js';
import type { AnswerEntry, ScriptedResident } from './residentFile.js';
import { ResidentScript } from './residentScript.js';
import { type SeenOutcome, isRightOutcome } from './rightOutcome.js';

/** After this many resident messages without an outcome the run ends. */
export const MAX_RESIDENT_MESSAGES = 30;
/** How often one activity is sent again after a 429 before the run fails. */
const MAX_RETRIES = 120;

/** One line of a run: what the bot said (with the step it asked) or what the resident sent. */
export interface TranscriptLine {
  from: 'bot' | 'resident';
  text: string;
  step?: string;
  buttons?: string[];
  clicked?: boolean;
}

/** How one scripted resident's conversation went. */
export interface ConversationResult {
  resident: ScriptedResident;
  outcome?: SeenOutcome;
  /** Why the run ended: "outcome", "stuck: no question", "stuck at <step>" or "no outcome after 30 messages". */
  ending: string;
  /** Messages the resident sent, up to and including the turn that ended the run. */
  turns: number;
  /** Every step the bot asked, in order. */
  steps: string[];
  /** Steps asked again right after the resident clicked one of their buttons. */
  repeatsAfterClick: string[];
  transcript: TranscriptLine[];
  right: boolean;
}

/**
 * Plays one scripted resident against the bot at `base` (its /api/messages, with
 * `deliveryMode: expectReplies`), in a conversation and user id of its own.
 */
export async function runConversation(base: string, resident: ScriptedResident): Promise<ConversationResult> {
  const suffix = randomUUID().slice(0, 8);
  const talker: Talker = {
    base,
    userId: `bewoner-${suffix}`,
    conversationId: `gesprek-${resident.id}-${suffix}`,
    locale: resident.taal === 'en' ? 'en-US' : 'nl-NL',
  };
  const script = new ResidentScript(resident);
  const transcript: TranscriptLine[] = [];
  const steps: string[] = [];
  const repeatsAfterClick: string[] = [];
  const end = (ending: string, turns: number, outcome?: SeenOutcome): ConversationResult => ({
    resident,
    outcome,
    ending,
    turns,
    steps,
    repeatsAfterClick,
    transcript,
    right: isRightOutcome(resident.verwacht, outcome),
  });

  const members = [{ id: talker.userId }, { id: 'wegwijzer' }];
  let question = record(
    await send(talker, { type: 'conversationUpdate', membersAdded: members }),
    transcript,
    steps,
  );
  for (let number = 1; number <= MAX_RESIDENT_MESSAGES; number++) {
    const step = question?.channelData?.wegwijzer?.step;
    const entry = script.next(number, step);
    if (entry === undefined) return end(`stuck at ${step ?? 'no question'}`, number - 1);
    const { activity, clicked } = inputFor(entry, buttonsOf(question));
    transcript.push({ from: 'resident', text: String(activity.text ?? ''), clicked });
    const replies = await send(talker, activity);
    const outcome = outcomeOf(replies);
    question = record(replies, transcript, steps);
    if (outcome) return end('outcome', number, { type: outcome.type, providers: outcome.providers });
    const asked = question?.channelData?.wegwijzer?.step;
    if (asked === undefined) return end('stuck: no question', number);
    if (clicked && asked === step) repeatsAfterClick.push(asked);
  }
  return end(`no outcome after ${MAX_RESIDENT_MESSAGES} messages`, MAX_RESIDENT_MESSAGES);
}

/** A typed answer, or a click on the first matching button; with no match the first fragment is typed. */
function inputFor(
  entry: AnswerEntry,
  buttons: Button[],
): { activity: Record<string, unknown>; clicked: boolean } {
  if (typeof entry === 'string') return { activity: { type: 'message', text: entry }, clicked: false };
  const button = findButton(buttons, entry.klik);
  if (button) return { activity: clickActivity(button), clicked: true };
  return { activity: { type: 'message', text: entry.klik[0] }, clicked: false };
}

/** Who posts, where, as a Web Chat client would. */
interface Talker {
  base: string;
  userId: string;
  conversationId: string;
  locale: string;
}

function post(talker: Talker, activity: Record<string, unknown>): Promise<Response> {
  return fetch(`${talker.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'webchat',
      serviceUrl: RESIDENT_SERVICE_URL,
      from: { id: talker.userId },
      recipient: { id: 'wegwijzer' },
      conversation: { id: talker.conversationId },
      locale: talker.locale,
      deliveryMode: 'expectReplies',
      ...activity,
    }),
  });
}

async function send(talker: Talker, activity: Record<string, unknown>): Promise<Reply[]> {
  let response = await post(talker, activity);
  // The server limits activities per address and per conversation; a real client waits as told.
  for (let retry = 0; response.status === 429 && retry < MAX_RETRIES; retry++) {
    const seconds = Number(response.headers.get('retry-after')) || 1;
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    response = await post(talker, activity);
  }
  if (response.status !== 200)
    throw new Error(`the bot answered HTTP ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { activities?: Reply[] };
  return (body.activities ?? []).filter((activity) => activity.type === 'message');
}

/** Adds the bot's replies to the transcript and returns the question among them (the last with a step). */
function record(replies: Reply[], transcript: TranscriptLine[], steps: string[]): Reply | undefined {
  for (const reply of replies) {
    const step = reply.channelData?.wegwijzer?.step;
    const buttons = buttonsOf(reply).map((button) => button.title ?? '');
    transcript.push({
      from: 'bot',
      text: textOf(reply),
      step,
      buttons: buttons.length > 0 ? buttons : undefined,
    });
  }
  const question = replies.filter((reply) => reply.channelData?.wegwijzer?.step).pop();
  const step = question?.channelData?.wegwijzer?.step;
  if (step) steps.push(step);
  return question;
}

/** The text a resident reads: the message's own, or a hero card's. */
function textOf(reply: Reply): string {
  const cards = (reply.attachments ?? []).map(({ content }) =>
    typeof content === 'object' && content !== null && 'text' in content ? String(content.text) : '',
  );
  return [reply.text ?? '', ...cards].filter(Boolean).join('\n');
}

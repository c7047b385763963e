import { type Activity, ActivityTypes, Channels, EventFactory, type TurnContext } from 'botbuilder';
import { type Log, errorFields } from '../log.js';
import type { Handoff } from './handoff.js';
import type { TranscriptEntry } from './transcript.js';

export const HANDOFF_STATUS = 'handoff.status';

/** What a contact-centre hub reports back about a handoff (Bot Framework's handoff.status). */
export type HubState = 'accepted' | 'failed' | 'completed';

/**
 * Bot Framework's standard `handoff.initiate` event, with the transcript as its attachment: a
 * deployment with a contact-centre hub between the channel and the bot takes the conversation
 * over from here instead of the built-in console. Web Chat and the Emulator ignore it. Teams
 * does not take event activities from a bot, so it is not sent there.
 */
export async function announceHandoff(context: TurnContext, handoff: Handoff, log: Log): Promise<void> {
  if (context.activity.channelId === Channels.Msteams) return;
  const transcript = { activities: handoff.transcript.map((entry) => transcriptActivity(context, entry)) };
  const event = EventFactory.createHandoffInitiation(
    context,
    {
      handoffId: handoff.id,
      reason: handoff.reason,
      crisis: handoff.crisis ?? null,
      summary: handoff.summary,
      taal: handoff.taal,
    },
    transcript,
  );
  try {
    await context.sendActivity(event);
  } catch (error) {
    log.warn('handoff.initiate not delivered', errorFields(error));
  }
}

/** The hub's report in a `handoff.status` event, or undefined for any other activity. */
export function hubStatusOf(activity: Partial<Activity>): { state: HubState; message?: string } | undefined {
  if (activity.type !== ActivityTypes.Event || activity.name !== HANDOFF_STATUS) return undefined;
  const value: unknown = activity.value;
  if (typeof value !== 'object' || value === null || !('state' in value)) return undefined;
  const state = (['accepted', 'failed', 'completed'] as const).find((known) => known === value.state);
  if (!state) return undefined;
  const message = 'message' in value && typeof value.message === 'string' ? value.message : undefined;
  return message === undefined ? { state } : { state, message };
}

function transcriptActivity(context: TurnContext, entry: TranscriptEntry): Activity {
  const { activity } = context;
  const resident = activity.from;
  const bot = { ...activity.recipient, ...(entry.naam ? { name: entry.naam } : {}) };
  // The turn's own activity gives the conversation's fields; everything the resident sent
  // with it (value, attachments, channel data) is left out.
  return {
    ...activity,
    type: ActivityTypes.Message,
    id: undefined,
    name: undefined,
    value: undefined,
    channelData: undefined,
    suggestedActions: undefined,
    attachments: [],
    entities: [],
    timestamp: new Date(entry.at),
    text: entry.text,
    from: entry.from === 'bewoner' ? resident : bot,
    recipient: entry.from === 'bewoner' ? activity.recipient : resident,
  };
}

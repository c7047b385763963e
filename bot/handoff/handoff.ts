import type { ConversationReference } from 'botbuilder';
import type { Taal } from '../berichten/messages.js';
import type { StepId } from '../intake/steps.js';
import type { CrisisType, LevensgebiedId } from '../kaart/schema.js';
import type { ResidentKeys, Verwijsreden } from '../storage/records.js';
import type { TranscriptEntry } from './transcript.js';

/**
 * Who answers a conversation: the bot, nobody yet (the resident waits for a person), a staff
 * member (the bot is silent), or nobody any more (closed).
 */
export const HANDOFF_STATES = ['waiting', 'staff', 'bot', 'closed'] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

const NEXT_STATES: Record<HandoffState, readonly HandoffState[]> = {
  waiting: ['staff', 'bot', 'closed'],
  staff: ['bot', 'closed'],
  bot: [],
  closed: [],
};

/** Whether a handoff may move from one state to the other (`bot` and `closed` are final). */
export function canMove(from: HandoffState, to: HandoffState): boolean {
  return NEXT_STATES[from].includes(to);
}

export const HANDOFF_REASONS = ['gevraagd', 'crisis', 'gat', 'informatie', 'terugbellen'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/** Who took the conversation over: a staff member in the console, or a contact-centre hub. */
export interface Medewerker {
  username: string;
  naam: string;
}

/** A resident outside opening hours asks to be called back. */
export interface Terugbelverzoek {
  telefoon: string;
  moment: string;
}

/**
 * One request for a person in one conversation, and what became of it. Stored with the
 * resident's consent only; it holds the transcript the staff member reads.
 */
export interface Handoff {
  id: string;
  /** The conversation's Bot Framework state key: how a turn finds its handoff. */
  conversationKey: string;
  state: HandoffState;
  reason: HandoffReason;
  crisis?: CrisisType;
  createdAt: string;
  updatedAt: string;
  medewerker?: Medewerker;
  /** Handled by the built-in console or by a contact-centre hub (handoff.initiate/status). */
  via: 'console' | 'hub';
  /** What the bot needs to write to the resident later (proactive messages). */
  reference: Partial<ConversationReference>;
  summary: {
    levensgebieden: LevensgebiedId[];
    doelgroepen: string[];
    step?: StepId;
    /** Why the bot sent the resident on (optional: stored handoffs from before it still read). */
    verwijsreden?: Verwijsreden;
  };
  taal: Taal;
  transcript: TranscriptEntry[];
  terugbellen?: Terugbelverzoek;
  /** Back with the bot (or closed), but the resident has not written since: their next message starts afresh. */
  restartPending?: boolean;
  resident: ResidentKeys;
}

/** Still the loket's business: waiting for or talking with a person. */
export function isOpen(handoff: Handoff): boolean {
  return handoff.state === 'waiting' || handoff.state === 'staff';
}

/** The queue's order: crises first, then whoever has waited longest. */
export function queueOrder(a: Handoff, b: Handoff): number {
  const crisis = Number(b.reason === 'crisis') - Number(a.reason === 'crisis');
  return crisis !== 0 ? crisis : a.createdAt.localeCompare(b.createdAt);
}

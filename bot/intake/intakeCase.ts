import type { Taal } from '../berichten/messages.js';
import type { LevensgebiedId, MomentId } from '../kaart/schema.js';
import type { TranscriptEntry } from '../handoff/transcript.js';
import type { StepId } from './steps.js';
import type { Verwijsreden } from '../storage/records.js';

export type VoorWie = 'zelf' | 'naaste';
export const CONTACTMOMENTEN = ['ochtend', 'middag', 'maakt-niet-uit'] as const;
export type Contactmoment = (typeof CONTACTMOMENTEN)[number];
export const OUTCOME_TYPES = ['information', 'handover', 'gap', 'crisis', 'staff'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

/**
 * An answer to a meetlat question, with its degree: "soms" or "een beetje" is `deels`, and
 * "weet ik niet" is `weet-niet`, never a no. Undefined (not in the case) means not yet asked.
 */
export const MEETLAT_ANTWOORDEN = ['ja', 'deels', 'nee', 'weet-niet'] as const;
export type MeetlatAntwoord = (typeof MEETLAT_ANTWOORDEN)[number];

/** The meetlat: the loket's three questions that decide between information and a handover. */
export interface Meetlat {
  /** Can they arrange it themselves, once they know where to go? */
  zelf?: MeetlatAntwoord;
  /** Have they (for a while) lost grip on their situation? */
  regieKwijt?: MeetlatAntwoord;
  /** Is someone around who helps them? */
  netwerk?: MeetlatAntwoord;
}

/**
 * A stored meetlat answer as it is now: conversations saved before answers had degrees hold
 * `true` or `false`.
 */
export function meetlatAntwoord(value: unknown): MeetlatAntwoord | undefined {
  if (value === true) return 'ja';
  if (value === false) return 'nee';
  return MEETLAT_ANTWOORDEN.find((antwoord) => antwoord === value);
}

export interface ContactDetails {
  soort: 'telefoon' | 'email';
  waarde: string;
}

/**
 * What the korte vraagverheldering has found out so far. Each step fills one field, and skips
 * itself when its field is already filled: that is how a resident continues where they were.
 */
export interface IntakeCase {
  id: string;
  startedAt: string;
  question?: string;
  levensgebieden?: LevensgebiedId[];
  voorWie?: VoorWie;
  doelgroepen?: string[];
  moment?: MomentId;
  /** Asked, and the resident did not know: not asked again, and matched as if for every moment. */
  momentOnbekend?: boolean;
  meetlat: Meetlat;
  /** Set when the resident (or the third contact) asks for a handover, whatever the meetlat says. */
  wantsHandover?: boolean;
  /**
   * What the bot understood of the question and has not said yet: said in one sentence before
   * the next question, with the option to correct it, instead of being asked.
   */
  begrepen?: { zin: string; voorWie: boolean; doelgroepen: boolean };
  /** The resident said the bot understood the question wrong: what it is about is asked. */
  gecorrigeerd?: boolean;
  /** Why the referral rule proposed what it proposed: its rule, and its sentence in Dutch. */
  reden?: Verwijsreden;
  aanbieder?: string;
  contact?: ContactDetails;
  contactmoment?: Contactmoment;
  summaryConfirmed?: boolean;
  lastStep?: StepId;
  outcome?: OutcomeType;
  reference?: string;
  /** The resident said the information helped, or the case was handed over. */
  resolved?: boolean;
}

/** What the bot keeps about one conversation (the Bot Framework conversation state). */
export interface Gesprek {
  taal: Taal;
  /** Undefined until the resident answered; only `true` lets anything reach the disk. */
  consent?: boolean;
  case: IntakeCase;
  /** The message that opened the conversation, used as the question once consent is settled. */
  openingQuestion?: string;
  /** A person was asked for before consent was known: the request follows the consent answer. */
  persoonGevraagd?: boolean;
  /** This conversation is a return visit: the resident is welcomed back first. */
  returning?: boolean;
  /** What was said, for a staff member who joins later (stored, like all state, only with consent). */
  transcript?: TranscriptEntry[];
}

/** What the bot keeps about a resident across conversations (contacts 2 and 3), only with consent. */
export interface Bewoner {
  consent?: boolean;
  taal?: Taal;
  contacts: number;
  lastSeen?: string;
  lastConversationId?: string;
  /** Storage keys of this resident's conversations, so all of them can be erased. */
  conversationKeys: string[];
  case?: IntakeCase;
}

/** A new, empty case. */
export function newCase(id: string, now: Date): IntakeCase {
  return { id, startedAt: now.toISOString(), meetlat: {} };
}

/**
 * Ends the conversation's current case: a resident who consented finds it again on their next
 * contact, and the next question starts a new one.
 */
export function closeCase(gesprek: Gesprek, bewoner: Bewoner | undefined, next: IntakeCase): void {
  if (bewoner && gesprek.consent === true && gesprek.case.question !== undefined) bewoner.case = gesprek.case;
  gesprek.case = next;
}

import type { Taal } from '../berichten/messages.js';
import type { Contactmoment, ContactDetails, OutcomeType, VoorWie } from '../intake/intakeCase.js';
import type { StepId } from '../intake/steps.js';
import type { CrisisType, LevensgebiedId, MomentId } from '../kaart/schema.js';

/** Where a resident's state lives, so their data can be found again and erased. */
export interface ResidentKeys {
  /** Bot Framework user-state key, `<channel>/users/<user id>`. */
  user: string;
  /** Bot Framework conversation-state keys, `<channel>/conversations/<id>`. */
  conversations: string[];
}

export const HANDOVER_STATUSES = [
  'nieuw',
  'geaccepteerd',
  'contact-gelegd',
  'afgesloten',
  'teruggegeven',
] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** A warme overdracht: the resident's story, shared with their consent with one provider. */
export interface Handover {
  reference: string;
  createdAt: string;
  updatedAt: string;
  status: HandoverStatus;
  aanbieder: string;
  /** Working days within which the provider promised to make contact, and the date that gives. */
  reactieBinnenWerkdagen: number;
  contactUiterlijk: string;
  taal: Taal;
  contact: ContactDetails;
  contactmoment: Contactmoment;
  vraag: string;
  levensgebieden: LevensgebiedId[];
  doelgroepen: string[];
  voorWie: VoorWie;
  moment?: MomentId;
  resident: ResidentKeys;
}

/** One finished intake, for the coordinators' demand figures: ids only, no resident text. */
export interface IntakeRecord {
  id: string;
  createdAt: string;
  outcome: OutcomeType;
  levensgebieden: LevensgebiedId[];
  doelgroepen: string[];
  moment?: MomentId;
  aanbieders: string[];
  reference?: string;
  contacts: number;
  resident: ResidentKeys;
}

/** A gap in the offer (signalering): nothing that could identify the resident. */
export interface GapSignal {
  id: string;
  createdAt: string;
  levensgebieden: LevensgebiedId[];
  doelgroepen: string[];
  moment?: MomentId;
}

export const STAFF_REQUEST_REASONS = ['gevraagd', 'crisis', 'gat', 'informatie'] as const;
export type StaffRequestReason = (typeof STAFF_REQUEST_REASONS)[number];

/** A resident waiting for a person at the loket. */
export interface StaffRequest {
  id: string;
  createdAt: string;
  reason: StaffRequestReason;
  crisis?: CrisisType;
  status: 'waiting';
  /** What a staff member needs to join the conversation later (no message text). */
  conversation: {
    channelId: string;
    serviceUrl: string;
    conversationId: string;
    userId: string;
    botId: string;
  };
  summary: { levensgebieden: LevensgebiedId[]; doelgroepen: string[]; step?: StepId };
  taal: Taal;
  resident: ResidentKeys;
}

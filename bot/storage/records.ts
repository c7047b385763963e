import type { Taal } from '../berichten/messages.js';
import type { Contactmoment, ContactDetails, OutcomeType, VoorWie } from '../intake/intakeCase.js';
import type { LevensgebiedId, MomentId } from '../kaart/schema.js';

/** Where a resident's state lives, so their data can be found again and erased. */
export interface ResidentKeys {
  /** Bot Framework user-state key, `<channel>/users/<user id>`. */
  user: string;
  /** Bot Framework conversation-state keys, `<channel>/conversations/<id>`. */
  conversations: string[];
}

/**
 * Why the bot suggested what it did: the referral rule's id and its Dutch sentence, as the
 * dialog had it. Optional in every record: files written before it existed still read.
 */
export interface Verwijsreden {
  id: string;
  tekst: string;
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
  /** Why the bot referred the resident here (not `reden`: that is why a provider gave it back). */
  verwijsreden?: Verwijsreden;
  resident: ResidentKeys;
  /** The client supporter working on it (their username). */
  toegewezenAan?: string;
  /** Why the provider gave it back (status `teruggegeven`). */
  reden?: string;
  /** Internal notes of the provider's supporters; never shown to the resident. */
  notities?: Notitie[];
  /** Every status change: who, when. */
  geschiedenis?: StatusWijziging[];
}

export interface Notitie {
  at: string;
  door: string;
  tekst: string;
}

export interface StatusWijziging {
  at: string;
  door: string;
  status: HandoverStatus;
}

/**
 * One finished intake, for the coordinators' demand figures: ids only, no resident text. Without
 * consent it is a bare tally (no reference, no resident keys), like a gap signal.
 */
export interface IntakeRecord {
  id: string;
  createdAt: string;
  outcome: OutcomeType;
  levensgebieden: LevensgebiedId[];
  doelgroepen: string[];
  moment?: MomentId;
  aanbieders: string[];
  reference?: string;
  /** Only with consent, like the reference: why the bot suggested this outcome. */
  verwijsreden?: Verwijsreden;
  contacts: number;
  /** Only with consent: so the record is erased with the rest of the resident's data. */
  resident?: ResidentKeys;
}

/** A gap in the offer (signalering): nothing that could identify the resident. */
export interface GapSignal {
  id: string;
  createdAt: string;
  levensgebieden: LevensgebiedId[];
  doelgroepen: string[];
  moment?: MomentId;
}

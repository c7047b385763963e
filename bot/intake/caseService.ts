import { randomUUID } from 'node:crypto';
import { type StatePropertyAccessor, TurnContext } from 'botbuilder';
import { type LoketDag, loketDag } from '../calendar/days.js';
import { addWorkingDays } from '../calendar/workingDays.js';
import type { Handoff, HandoffReason, Terugbelverzoek } from '../handoff/handoff.js';
import type { HandoffBoard } from '../handoff/handoffBoard.js';
import type { Aanbieder, CrisisType, SocialeKaart } from '../kaart/schema.js';
import type { Handover, IntakeRecord, ResidentKeys, Verwijsreden } from '../storage/records.js';
import type { Repository } from '../storage/repository.js';
import { writeDuringTurn } from '../turnWrites.js';
import type { Bewoner, Gesprek } from './intakeCase.js';
import { caseDoelgroepen } from './matchProviders.js';
import type { Outcome } from './outcome.js';
import { newReference } from './reference.js';

const DEFAULT_REACTION_DAYS = 5;

/** What the case service needs, handed in by the composition root. */
export interface CaseServiceDeps {
  repository: Pick<Repository, 'intakes' | 'signals' | 'handovers'>;
  handoffs: HandoffBoard;
  bewoner: StatePropertyAccessor<Bewoner>;
  /** The storage keys of this turn's resident and conversation state, as botbuilder forms them. */
  stateKeys(context: TurnContext): { user: string; conversation: string };
  kaart(): SocialeKaart;
  /** Tells the provider's inbox (and by e-mail, the provider) of a new handover; never waits or fails. */
  handoverStored(handover: Handover, aanbieder: Aanbieder): void;
  now(): Date;
}

/** What the dialog tells the resident after a handover: the promise made, or that nothing was shared. */
export type StoredHandover =
  | {
      shared: true;
      outcome: Outcome;
      reference: string;
      werkdagen: number;
      contactUiterlijk: LoketDag;
      /** Where the resident calls meanwhile: the provider, else the loket. */
      telefoon: string;
    }
  | { shared: false; outcome: Outcome };

/** Extra details of a request for a person. */
export interface PersonRequest {
  crisis?: CrisisType;
  terugbellen?: Terugbelverzoek;
  reden?: Verwijsreden;
}

/**
 * Records a loket day without the time, as noon UTC (the same day in Amsterdam, summer or
 * winter). Records kept without consent carry no more than the day: a time to the millisecond
 * could be matched with a server log's line of a turn, and so with a conversation.
 */
function dayOnly(at: Date): string {
  return `${loketDag(at)}T12:00:00.000Z`;
}

/**
 * What an intake leads to, on disk: outcomes for the coordinators' figures, gap signals,
 * requests for a person and warm handovers, and the storage keys that let them be erased. It
 * never speaks to the resident: it answers what the dialog needs to say.
 */
export class CaseService {
  constructor(private readonly deps: CaseServiceDeps) {}

  /** The Bot Framework state keys of this resident, so their data can be found and erased later. */
  async residentKeys(context: TurnContext): Promise<ResidentKeys> {
    const keys = this.deps.stateKeys(context);
    const bewoner = await this.deps.bewoner.get(context);
    const earlier = (bewoner?.conversationKeys ?? []).filter((key) => key !== keys.conversation);
    return { user: keys.user, conversations: [...earlier, keys.conversation] };
  }

  /** The outcome as it goes into the channel data, from the case so far. */
  outcomeOf(gesprek: Gesprek, type: Outcome['type'], providers: string[] = [], reference?: string): Outcome {
    const outcome: Outcome = {
      type,
      levensgebieden: gesprek.case.levensgebieden ?? [],
      doelgroepen: caseDoelgroepen(this.deps.kaart(), gesprek.case),
      providers,
    };
    return reference ? { ...outcome, reference } : outcome;
  }

  /**
   * Marks the case with its outcome and records it for the coordinators' figures: with consent
   * in full, without it as a bare tally (levensgebieden, doelgroepen, outcome, the day), so the
   * report also counts residents who said no. The reason goes only into a consented record:
   * which rule fired tells something of the resident's answers. The case id keeps a second
   * outcome from counting twice. Written alongside the rest of the turn.
   */
  async recordOutcome(
    context: TurnContext,
    gesprek: Gesprek,
    outcome: Outcome,
    options: { reden?: Verwijsreden } = {},
  ): Promise<void> {
    gesprek.case.outcome = outcome.type;
    if (outcome.reference) gesprek.case.reference = outcome.reference;
    const tally: IntakeRecord = {
      id: gesprek.case.id,
      createdAt: dayOnly(this.deps.now()),
      outcome: outcome.type,
      levensgebieden: outcome.levensgebieden,
      doelgroepen: outcome.doelgroepen,
      ...(gesprek.case.moment ? { moment: gesprek.case.moment } : {}),
      aanbieders: outcome.providers,
      contacts: 1,
    };
    if (gesprek.consent !== true) {
      writeDuringTurn(context, this.deps.repository.intakes.put(tally.id, tally));
      return;
    }
    const bewoner = await this.deps.bewoner.get(context);
    const record: IntakeRecord = {
      ...tally,
      createdAt: this.deps.now().toISOString(),
      ...(outcome.reference ? { reference: outcome.reference } : {}),
      ...(options.reden ? { verwijsreden: options.reden } : {}),
      contacts: bewoner?.contacts ?? 1,
      resident: await this.residentKeys(context),
    };
    writeDuringTurn(context, this.deps.repository.intakes.put(record.id, record));
  }

  /** A gap in the offer: recorded without anything that identifies the resident, consent or not. */
  recordGap(context: TurnContext, gesprek: Gesprek): void {
    const id = randomUUID();
    const written = this.deps.repository.signals.put(id, {
      id,
      createdAt: dayOnly(this.deps.now()),
      levensgebieden: gesprek.case.levensgebieden ?? [],
      doelgroepen: caseDoelgroepen(this.deps.kaart(), gesprek.case),
      ...(gesprek.case.moment ? { moment: gesprek.case.moment } : {}),
    });
    writeDuringTurn(context, written);
  }

  /**
   * Queues the resident for a person at the loket, with the conversation so far; only with
   * consent, as staff will read along. A second request in the same conversation updates the
   * first (a crisis moves it up the queue, a call-back request is added to it).
   */
  async requestPerson(
    context: TurnContext,
    gesprek: Gesprek,
    reason: HandoffReason,
    extra: PersonRequest = {},
  ): Promise<Handoff | undefined> {
    if (gesprek.consent !== true) return undefined;
    return this.deps.handoffs.open({
      conversationKey: this.deps.stateKeys(context).conversation,
      reason,
      ...(extra.crisis ? { crisis: extra.crisis } : {}),
      ...(extra.terugbellen ? { terugbellen: extra.terugbellen } : {}),
      reference: TurnContext.getConversationReference(context.activity),
      summary: {
        levensgebieden: gesprek.case.levensgebieden ?? [],
        doelgroepen: caseDoelgroepen(this.deps.kaart(), gesprek.case),
        ...(gesprek.case.lastStep ? { step: gesprek.case.lastStep } : {}),
        ...(extra.reden ? { verwijsreden: extra.reden } : {}),
      },
      taal: gesprek.taal,
      transcript: gesprek.transcript ?? [],
      resident: await this.residentKeys(context),
    });
  }

  /**
   * Ends the handover. With the resident's explicit consent and contact details the case is
   * stored for the provider with a reference and a promised contact day, on disk before the
   * resident hears the reference; otherwise nothing is shared and only the outcome is counted.
   */
  async storeHandover(
    context: TurnContext,
    gesprek: Gesprek,
    aanbieder: Aanbieder,
    shareAgreed: boolean,
    reden?: Verwijsreden,
  ): Promise<StoredHandover> {
    const intake = gesprek.case;
    const options = reden ? { reden } : {};
    if (!shareAgreed || !intake.contact || gesprek.consent !== true) {
      const outcome = this.outcomeOf(gesprek, 'information', [aanbieder.id]);
      await this.recordOutcome(context, gesprek, outcome, options);
      return { shared: false, outcome };
    }
    const now = this.deps.now();
    const werkdagen = aanbieder.overdracht?.reactieBinnenWerkdagen ?? DEFAULT_REACTION_DAYS;
    const contactUiterlijk = addWorkingDays(loketDag(now), werkdagen);
    const reference = await this.freeReference();
    const handover: Handover = {
      reference,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      status: 'nieuw',
      aanbieder: aanbieder.id,
      reactieBinnenWerkdagen: werkdagen,
      contactUiterlijk,
      taal: gesprek.taal,
      contact: intake.contact,
      contactmoment: intake.contactmoment ?? 'maakt-niet-uit',
      vraag: intake.question ?? '',
      levensgebieden: intake.levensgebieden ?? [],
      doelgroepen: caseDoelgroepen(this.deps.kaart(), intake),
      voorWie: intake.voorWie ?? 'zelf',
      ...(intake.moment ? { moment: intake.moment } : {}),
      ...(reden ? { verwijsreden: reden } : {}),
      resident: await this.residentKeys(context),
    };
    await this.deps.repository.handovers.put(reference, handover);
    this.deps.handoverStored(handover, aanbieder);
    intake.resolved = true;
    const outcome = this.outcomeOf(gesprek, 'handover', [aanbieder.id], reference);
    await this.recordOutcome(context, gesprek, outcome, options);
    const telefoon = aanbieder.contact.telefoon ?? this.deps.kaart().gemeente.loket.telefoon;
    return { shared: true, outcome, reference, werkdagen, contactUiterlijk, telefoon };
  }

  /** A reference not yet in use. */
  private async freeReference(): Promise<string> {
    for (;;) {
      const reference = newReference();
      if (!(await this.deps.repository.handovers.get(reference))) return reference;
    }
  }
}

import { randomUUID } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import type { Gesprek } from '../bot/intake/intakeCase.js';
import { caseDoelgroepen } from '../bot/intake/matchProviders.js';
import type { Outcome } from '../bot/intake/outcome.js';
import { auditDay } from '../bot/staff/auditLog.js';
import { writeDuringTurn } from '../bot/turnWrites.js';
import type { CrisisType } from '../bot/kaart/schema.js';
import type { Handoff, HandoffReason, Terugbelverzoek } from '../bot/handoff/handoff.js';
import type { IntakeRecord, ResidentKeys } from '../bot/storage/records.js';
import type { DialogDeps } from './dialogDeps.js';

/** The Bot Framework state keys of this resident, so their data can be found and erased later. */
export async function residentKeys(context: TurnContext, deps: DialogDeps): Promise<ResidentKeys> {
  const keys = deps.stateKeys(context);
  const bewoner = await deps.bewoner.get(context);
  const earlier = (bewoner?.conversationKeys ?? []).filter((key) => key !== keys.conversation);
  return { user: keys.user, conversations: [...earlier, keys.conversation] };
}

/**
 * The loket day of an instant, written as noon UTC (the same day in Amsterdam, summer or winter).
 * Records kept without consent carry no more than the day: a time to the millisecond could be
 * matched with a server log's line of a turn, and so with a conversation.
 */
function dayOnly(at: Date): string {
  return `${auditDay(at)}T12:00:00.000Z`;
}

/** Writes what an intake led to: its outcome, gap signals, requests for a person. */
export class CaseRecords {
  constructor(private readonly deps: DialogDeps) {}

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
   * in full, without it as a bare tally (levensgebieden, doelgroepen, outcome), so the report
   * also counts residents who said no. The case id keeps a second outcome from counting twice.
   * The record is written alongside the rest of the turn (nothing in it waits for the figures).
   */
  async recordOutcome(context: TurnContext, gesprek: Gesprek, outcome: Outcome): Promise<void> {
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
      contacts: bewoner?.contacts ?? 1,
      resident: await residentKeys(context, this.deps),
    };
    writeDuringTurn(context, this.deps.repository.intakes.put(record.id, record));
  }

  /**
   * A gap in the offer: recorded without anything that identifies the resident, consent or not,
   * alongside the rest of the turn.
   */
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
    extra: { crisis?: CrisisType; terugbellen?: Terugbelverzoek } = {},
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
      },
      taal: gesprek.taal,
      transcript: gesprek.transcript ?? [],
      resident: await residentKeys(context, this.deps),
    });
  }
}

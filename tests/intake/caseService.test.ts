import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, TestAdapter, TurnContext, UserState } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { HandoffBoard } from '../../bot/handoff/handoffBoard.js';
import { StaffEvents } from '../../bot/handoff/staffEvents.js';
import { CaseService } from '../../bot/intake/caseService.js';
import { type Bewoner, type Gesprek, newCase } from '../../bot/intake/intakeCase.js';
import type { Aanbieder } from '../../bot/kaart/schema.js';
import { lowdbRepository } from '../../bot/storage/lowdbRepository.js';
import type { Handover } from '../../bot/storage/records.js';
import { turnWritesDone } from '../../bot/turnWrites.js';
import { handoverReply } from '../../dialogs/handoverReply.js';
import { MESSAGES } from '../support/botServer.js';
import { sampleKaart } from '../support/sampleKaart.js';

const REDEN = { id: 'regie-kwijt', tekst: 'De inwoner heeft de regie (even) kwijt.' };
const KEYS = { user: 'test/users/u1', conversation: 'test/conversations/c1' };

/** A case service on a fresh data folder, its clock at `now`, and one turn to record in. */
function setup(now: string) {
  const repository = lowdbRepository(mkdtempSync(join(tmpdir(), 'cases-')));
  const kaart = sampleKaart();
  const announced: Handover[] = [];
  const bewoner = new UserState(new MemoryStorage()).createProperty<Bewoner>('bewoner');
  const cases = new CaseService({
    repository,
    handoffs: new HandoffBoard(repository.handoffs, new StaffEvents(), () => new Date(now)),
    bewoner,
    stateKeys: () => KEYS,
    kaart: () => kaart,
    handoverStored: (handover) => announced.push(handover),
    now: () => new Date(now),
  });
  const context = new TurnContext(new TestAdapter(), {
    type: 'message',
    text: 'ja',
    channelId: 'test',
    conversation: { id: 'c1', isGroup: false, name: '', conversationType: 'personal' },
    from: { id: 'u1', name: '' },
    recipient: { id: 'bot', name: '' },
    serviceUrl: 'http://localhost',
  });
  const aanbieder = kaart.aanbieders.find((item) => item.id === 'mee-voorbeeld') as Aanbieder;
  return { repository, cases, context, announced, aanbieder };
}

function gesprek(consent: boolean | undefined): Gesprek {
  return {
    taal: 'nl',
    ...(consent === undefined ? {} : { consent }),
    case: {
      ...newCase('case-1', new Date('2026-11-26T20:00:00Z')),
      question: 'Ik kan de huur niet betalen',
      levensgebieden: ['wonen', 'inkomen-schulden'],
      doelgroepen: ['lvb'],
      moment: 'toegang',
      contact: { soort: 'telefoon', waarde: '06-12345678' },
    },
  };
}

describe('the case service records outcomes', () => {
  it('keeps only the day, no keys and no reason when the resident did not consent', async () => {
    // 00:30 on Sunday 29 March in Amsterdam (the night summer time starts), still Saturday in UTC.
    const { repository, cases, context } = setup('2026-03-28T23:30:00Z');
    const refused = gesprek(false);
    await cases.recordOutcome(context, refused, cases.outcomeOf(refused, 'information'), { reden: REDEN });
    await turnWritesDone(context);
    expect(await repository.intakes.get('case-1')).toEqual({
      id: 'case-1',
      createdAt: '2026-03-29T12:00:00.000Z',
      outcome: 'information',
      levensgebieden: ['wonen', 'inkomen-schulden'],
      doelgroepen: ['lvb'],
      moment: 'toegang',
      aanbieders: [],
      contacts: 1,
    });
  });

  it('stores the time, the storage keys and the reason with consent', async () => {
    const { repository, cases, context } = setup('2026-03-28T23:30:00Z');
    const agreed = gesprek(true);
    await cases.recordOutcome(context, agreed, cases.outcomeOf(agreed, 'information'), { reden: REDEN });
    await turnWritesDone(context);
    expect(await repository.intakes.get('case-1')).toMatchObject({
      createdAt: '2026-03-28T23:30:00.000Z',
      verwijsreden: REDEN,
      resident: { user: KEYS.user, conversations: [KEYS.conversation] },
    });
    expect(agreed.case.outcome).toBe('information');
  });

  it('signals a gap with the day only, consent or not', async () => {
    const { repository, cases, context } = setup('2026-10-25T23:30:00Z');
    cases.recordGap(context, gesprek(true));
    await turnWritesDone(context);
    const [signal] = await repository.signals.all();
    expect(signal).toMatchObject({
      createdAt: '2026-10-26T12:00:00.000Z',
      levensgebieden: ['wonen', 'inkomen-schulden'],
    });
    expect(Object.keys(signal ?? {}).sort()).toEqual([
      'createdAt',
      'doelgroepen',
      'id',
      'levensgebieden',
      'moment',
    ]);
  });
});

describe('the case service stores handovers', () => {
  it('promises the day it stores: at 00:30 on a Friday in Amsterdam, Friday counts, not Thursday', async () => {
    // Friday 27 November 2026, 00:30 in Amsterdam; in UTC still Thursday the 26th.
    const { repository, cases, context, announced, aanbieder } = setup('2026-11-26T23:30:00Z');
    const agreed = gesprek(true);
    const stored = await cases.storeHandover(context, agreed, aanbieder, true, REDEN);
    if (!stored.shared) throw new Error('expected the handover to be shared');
    expect(stored.werkdagen).toBe(3); // the sample kaart's promise for this provider
    expect(stored.contactUiterlijk).toBe('2026-12-02');
    const handover = await repository.handovers.get(stored.reference);
    expect(handover?.contactUiterlijk).toBe(stored.contactUiterlijk);
    expect(handover?.verwijsreden).toEqual(REDEN);
    expect(announced.map((item) => item.reference)).toEqual([stored.reference]);
    expect(stored.outcome).toMatchObject({ type: 'handover', reference: stored.reference });
    expect(agreed.case).toMatchObject({ resolved: true, reference: stored.reference, outcome: 'handover' });
    await turnWritesDone(context);
    expect(await repository.intakes.get('case-1')).toMatchObject({
      reference: stored.reference,
      verwijsreden: REDEN,
    });
    const text = handoverReply(stored, aanbieder, 'nl', MESSAGES, '14 0000');
    expect(text).toContain(stored.reference);
    expect(text).toContain('woensdag 2 december');
  });

  it('counts Kerst out of the promised working days', async () => {
    const { cases, context, aanbieder } = setup('2026-12-23T10:00:00Z');
    const stored = await cases.storeHandover(context, gesprek(true), aanbieder, true);
    if (!stored.shared) throw new Error('expected the handover to be shared');
    // Wednesday 23 December + 3: the 24th, then (past Kerst and the weekend) the 28th and 29th.
    expect([stored.werkdagen, stored.contactUiterlijk]).toEqual([3, '2026-12-29']);
  });

  it.each([
    ['the resident said no to sharing', true, false],
    ['no consent to store anything', false, true],
  ])('shares nothing when %s, and counts an information outcome', async (_why, consent, shareAgreed) => {
    const { repository, cases, context, announced, aanbieder } = setup('2026-11-26T10:00:00Z');
    const stored = await cases.storeHandover(context, gesprek(consent), aanbieder, shareAgreed, REDEN);
    expect(stored).toEqual({
      shared: false,
      outcome: expect.objectContaining({ type: 'information', providers: [aanbieder.id] }),
    });
    expect(await repository.handovers.all()).toEqual([]);
    expect(announced).toEqual([]);
    await turnWritesDone(context);
    expect((await repository.intakes.get('case-1'))?.outcome).toBe('information');
    expect(handoverReply(stored, aanbieder, 'nl', MESSAGES, '14 0000')).toContain('14 0000');
  });
});

describe('the case service asks for a person', () => {
  it('carries the reason in the summary staff read, and queues nothing without consent', async () => {
    const { cases, context } = setup('2026-11-26T10:00:00Z');
    expect(
      await cases.requestPerson(context, gesprek(undefined), 'gevraagd', { reden: REDEN }),
    ).toBeUndefined();
    const handoff = await cases.requestPerson(context, gesprek(true), 'gevraagd', { reden: REDEN });
    expect(handoff?.summary).toEqual({
      levensgebieden: ['wonen', 'inkomen-schulden'],
      doelgroepen: ['lvb'],
      verwijsreden: REDEN,
    });
    expect(handoff?.resident).toEqual({ user: KEYS.user, conversations: [KEYS.conversation] });
  });
});

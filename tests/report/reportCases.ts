import type { Aanbieder, SocialeKaart } from '../../bot/kaart/schema.js';
import type { DemandRecords } from '../../bot/report/demand.js';
import type { GapSignal, Handover, IntakeRecord } from '../../bot/storage/records.js';
import { sampleKaart } from '../support/sampleKaart.js';

/**
 * A small kaart (3 levensgebieden × 3 doelgroepen, 3 providers) and 34 intakes in November
 * 2026, whose report the tests beside this file work out by hand.
 *
 * Schema 1:            ouderen        lvb                    mantelzorgers
 *   wonen              –              Alfa                   –
 *   werken             –              –                      Bravo (1), Charlie (1)
 *   inkomen-schulden   Bravo (2, 3)   Alfa, Bravo (2)        –
 */
export const NOW = new Date('2026-11-24T12:00:00Z');
export const PERIOD = { from: '2026-11-01', to: '2026-11-24' };

function aanbieder(id: string, naam: string, rest: Partial<Aanbieder>): Aanbieder {
  return {
    id,
    naam,
    soort: 'Cliëntondersteuning',
    aanbod: { nl: 'Hulp.', en: 'Help.' },
    contact: {},
    gecontroleerd: '2026-10-01',
    dekking: [],
    taken: [],
    ...rest,
  };
}

export function smallKaart(): SocialeKaart {
  const sample = sampleKaart();
  return {
    ...sample,
    levensgebieden: sample.levensgebieden.filter((g) =>
      ['wonen', 'werken', 'inkomen-schulden'].includes(g.id),
    ),
    doelgroepen: sample.doelgroepen.filter((g) => ['ouderen', 'lvb', 'mantelzorgers'].includes(g.id)),
    aanbieders: [
      aanbieder('alfa', 'Alfa', {
        dekking: [
          {
            levensgebieden: ['wonen', 'inkomen-schulden'],
            doelgroepen: ['lvb'],
            momenten: ['reflectie', 'toegang', 'tijdens-zorg'],
          },
        ],
        taken: ['outreachend', 'signalering'],
      }),
      aanbieder('bravo', 'Bravo', {
        gecontroleerd: '2025-01-10',
        dekking: [
          { levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], momenten: ['toegang'] },
          {
            levensgebieden: ['inkomen-schulden'],
            doelgroepen: ['ouderen'],
            momenten: ['toegang', 'tijdens-zorg'],
          },
          { levensgebieden: ['werken'], doelgroepen: ['mantelzorgers'], momenten: ['reflectie'] },
        ],
        taken: ['pleitbezorging'],
      }),
      aanbieder('charlie', 'Charlie <script>alert(1)</script>', {
        gecontroleerd: '2026-06-01',
        dekking: [{ levensgebieden: ['werken'], doelgroepen: ['mantelzorgers'], momenten: ['reflectie'] }],
      }),
    ],
  };
}

/**
 * The small kaart with two offers for everyone on top: Delta for inkomen-schulden at every
 * moment, Echo for wonen and inkomen-schulden at moment 2 only.
 */
export function kaartWithEveryone(): SocialeKaart {
  const kaart = smallKaart();
  return {
    ...kaart,
    aanbieders: [
      ...kaart.aanbieders,
      aanbieder('delta', 'Delta', {
        dekking: [
          {
            levensgebieden: ['inkomen-schulden'],
            voorIedereen: true,
            momenten: ['reflectie', 'toegang', 'tijdens-zorg'],
          },
        ],
      }),
      aanbieder('echo', 'Echo', {
        dekking: [
          { levensgebieden: ['wonen', 'inkomen-schulden'], voorIedereen: true, momenten: ['toegang'] },
        ],
      }),
    ],
  };
}

let serial = 0;
type Cell = Pick<GapSignal, 'levensgebieden' | 'doelgroepen'>;
type Case = Pick<IntakeRecord, 'outcome' | 'levensgebieden' | 'doelgroepen' | 'moment'> & {
  aanbieder?: string;
};

function intakes(count: number, at: string, shape: Case): IntakeRecord[] {
  return Array.from({ length: count }, () => {
    const { aanbieder, ...rest } = { ...shape };
    serial += 1;
    return {
      id: `i${serial}`,
      createdAt: at,
      ...rest,
      aanbieders: aanbieder ? [aanbieder] : [],
      contacts: 1,
    };
  });
}

function handover(aanbieder: string, status: Handover['status'], contactUiterlijk = '2026-11-13'): Handover {
  serial += 1;
  return {
    reference: `WW-T${serial}`,
    createdAt: '2026-11-10T09:00:00Z',
    updatedAt: '2026-11-12T09:00:00Z',
    status,
    aanbieder,
    reactieBinnenWerkdagen: 3,
    contactUiterlijk,
    taal: 'nl',
    contact: { soort: 'telefoon', waarde: '0612345678' },
    contactmoment: 'ochtend',
    vraag: 'Ik kan de huur niet betalen',
    levensgebieden: ['inkomen-schulden'],
    doelgroepen: ['lvb'],
    voorWie: 'zelf',
    moment: 'toegang',
    resident: { user: `test/users/${serial}`, conversations: [] },
  };
}

const signals = (
  count: number,
  at: string,
  shape: Pick<GapSignal, 'levensgebieden' | 'doelgroepen'>,
): GapSignal[] => Array.from({ length: count }, () => ({ id: `s${(serial += 1)}`, createdAt: at, ...shape }));

const NOV = '2026-11-10T10:00:00Z';
const werkenOuderen: Cell = { levensgebieden: ['werken'], doelgroepen: ['ouderen'] };
const wonenMantelzorg: Cell = { levensgebieden: ['wonen'], doelgroepen: ['mantelzorgers'] };

/** The records as the repository would hold them, including some outside the period. */
export function records(): DemandRecords {
  const debtsLvb: Omit<Case, 'outcome'> = {
    levensgebieden: ['inkomen-schulden'],
    doelgroepen: ['lvb'],
    moment: 'toegang',
  };
  return {
    intakes: [
      ...intakes(6, NOV, { ...debtsLvb, outcome: 'handover', aanbieder: 'alfa' }),
      ...intakes(2, NOV, { ...debtsLvb, outcome: 'handover', aanbieder: 'bravo' }),
      ...intakes(1, NOV, { ...debtsLvb, outcome: 'information' }),
      // One intake about two levensgebieden counts in both cells.
      ...intakes(1, NOV, {
        levensgebieden: ['wonen', 'inkomen-schulden'],
        doelgroepen: ['lvb'],
        moment: 'toegang',
        outcome: 'information',
      }),
      ...intakes(5, NOV, { ...werkenOuderen, moment: 'reflectie', outcome: 'gap' }),
      // 00:30 on 1 November in Amsterdam is still 31 October in UTC: it belongs to the period.
      ...intakes(1, '2026-10-31T23:30:00Z', { ...werkenOuderen, moment: 'reflectie', outcome: 'gap' }),
      ...intakes(2, NOV, { ...wonenMantelzorg, outcome: 'gap' }),
      ...intakes(6, NOV, {
        levensgebieden: ['wonen'],
        doelgroepen: ['lvb'],
        moment: 'tijdens-zorg',
        outcome: 'information',
      }),
      ...intakes(5, NOV, {
        levensgebieden: ['werken'],
        doelgroepen: ['mantelzorgers'],
        moment: 'tijdens-zorg',
        outcome: 'staff',
      }),
      ...intakes(3, NOV, { levensgebieden: ['inkomen-schulden'], doelgroepen: [], outcome: 'information' }),
      ...intakes(2, NOV, { levensgebieden: [], doelgroepen: [], outcome: 'crisis' }),
      // Outside the period: mid-October, and 00:30 on 25 November in Amsterdam.
      ...intakes(3, '2026-10-15T10:00:00Z', { ...werkenOuderen, outcome: 'gap' }),
      ...intakes(1, '2026-11-24T23:30:00Z', { ...werkenOuderen, outcome: 'gap' }),
    ],
    signals: [
      ...signals(5, NOV, werkenOuderen),
      ...signals(1, '2026-10-31T23:30:00Z', werkenOuderen),
      ...signals(2, NOV, wonenMantelzorg),
      ...signals(3, '2026-10-15T10:00:00Z', werkenOuderen),
    ],
    handovers: [
      handover('alfa', 'afgesloten'),
      handover('alfa', 'afgesloten'),
      handover('alfa', 'contact-gelegd'),
      handover('alfa', 'geaccepteerd'),
      handover('alfa', 'teruggegeven'),
      // Past its date (13 November) and still not accepted.
      handover('alfa', 'nieuw'),
      // Still within its date.
      handover('bravo', 'nieuw', '2026-11-27'),
      handover('bravo', 'teruggegeven'),
    ],
  };
}

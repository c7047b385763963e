import type { OutcomeType } from '../intake/intakeCase.js';
import type { LevensgebiedId, MomentId } from '../kaart/schema.js';
import type { GapSignal, Handover, HandoverStatus, IntakeRecord } from '../storage/records.js';
import { GEEN_DOELGROEP, cellKey } from './coverage.js';

/** The column for intakes that named no doelgroep: only rows for everyone cover them. */
export { GEEN_DOELGROEP };

/** What the bot saw in one cell of Schema 1 during the period. */
export interface CellDemand {
  levensgebied: LevensgebiedId;
  /** A doelgroep id, or GEEN_DOELGROEP. */
  doelgroep: string;
  intakes: number;
  /** Intakes per moment; those that did not get as far as the moment are not in it. */
  perMoment: Record<MomentId, number>;
  /** Intakes that became a warme overdracht, per provider id. */
  naar: Map<string, number>;
  handovers: number;
  /** Intakes that ended as a gap signal (nobody in the kaart could help). */
  signalen: number;
}

/** One provider's handovers of the period, by their status now. */
export interface ProviderHandovers {
  aanbieder: string;
  perStatus: Record<HandoverStatus, number>;
  /** Still `nieuw` after the date the provider promised to make contact by. */
  teLaat: number;
  /** The cells of its returned and of its overdue handovers. */
  teruggegevenIn: Set<string>;
  teLaatIn: Set<string>;
}

export interface Demand {
  intakes: number;
  /** Intakes that named no doelgroep at all. */
  geenDoelgroep: number;
  /** Those intakes by their levensgebieden (ids joined with ","), to tell which ones no offer for everyone covers. */
  geenDoelgroepPer: Map<string, number>;
  /** Intakes per levensgebied, each intake once whatever its doelgroepen. */
  perLevensgebied: Map<LevensgebiedId, number>;
  outcomes: Record<OutcomeType, number>;
  cells: Map<string, CellDemand>;
  providers: Map<string, ProviderHandovers>;
}

/** The records of one period, as read from the repository. */
export interface DemandRecords {
  intakes: readonly IntakeRecord[];
  signals: readonly GapSignal[];
  handovers: readonly Handover[];
}

interface Counted {
  levensgebieden: readonly LevensgebiedId[];
  doelgroepen: readonly string[];
}

/** The cells a record counts in: each of its levensgebieden × each of its doelgroepen. */
function cellsOf(record: Counted): [LevensgebiedId, string][] {
  const groepen = record.doelgroepen.length > 0 ? record.doelgroepen : [GEEN_DOELGROEP];
  return record.levensgebieden.flatMap((gebied) =>
    groepen.map((groep): [LevensgebiedId, string] => [gebied, groep]),
  );
}

function keysOf(record: Counted): string[] {
  return cellsOf(record).map(([gebied, groep]) => cellKey(gebied, groep));
}

/**
 * Demand per cell and handovers per provider. An intake about debts and housing for someone
 * with LVB counts once in each of its two cells, so cells do not add up to the number of intakes.
 */
export function demandOf(records: DemandRecords, today: string): Demand {
  const cells = new Map<string, CellDemand>();
  const cell = ([levensgebied, doelgroep]: [LevensgebiedId, string]): CellDemand => {
    const key = cellKey(levensgebied, doelgroep);
    let found = cells.get(key);
    if (!found) {
      found = {
        levensgebied,
        doelgroep,
        intakes: 0,
        perMoment: { reflectie: 0, toegang: 0, 'tijdens-zorg': 0 },
        naar: new Map(),
        handovers: 0,
        signalen: 0,
      };
      cells.set(key, found);
    }
    return found;
  };
  const outcomes: Record<OutcomeType, number> = { information: 0, handover: 0, gap: 0, crisis: 0, staff: 0 };
  let geenDoelgroep = 0;
  const geenDoelgroepPer = new Map<string, number>();
  const perLevensgebied = new Map<LevensgebiedId, number>();
  for (const intake of records.intakes) {
    outcomes[intake.outcome] += 1;
    // A crisis ends the intake before any doelgroep is asked: that is not "named none".
    if (intake.levensgebieden.length > 0 && intake.doelgroepen.length === 0) {
      geenDoelgroep += 1;
      const key = intake.levensgebieden.join(',');
      geenDoelgroepPer.set(key, (geenDoelgroepPer.get(key) ?? 0) + 1);
    }
    for (const gebied of new Set(intake.levensgebieden))
      perLevensgebied.set(gebied, (perLevensgebied.get(gebied) ?? 0) + 1);
    for (const pair of cellsOf(intake)) {
      const demand = cell(pair);
      demand.intakes += 1;
      if (intake.moment) demand.perMoment[intake.moment] += 1;
      const [aanbieder] = intake.aanbieders;
      if (intake.outcome === 'handover' && aanbieder) {
        demand.handovers += 1;
        demand.naar.set(aanbieder, (demand.naar.get(aanbieder) ?? 0) + 1);
      }
    }
  }
  for (const signal of records.signals) for (const pair of cellsOf(signal)) cell(pair).signalen += 1;
  return {
    intakes: records.intakes.length,
    geenDoelgroep,
    geenDoelgroepPer,
    perLevensgebied,
    outcomes,
    cells,
    providers: handoversOf(records.handovers, today),
  };
}

function handoversOf(handovers: readonly Handover[], today: string): Map<string, ProviderHandovers> {
  const providers = new Map<string, ProviderHandovers>();
  for (const handover of handovers) {
    let provider = providers.get(handover.aanbieder);
    if (!provider) {
      provider = {
        aanbieder: handover.aanbieder,
        perStatus: { nieuw: 0, geaccepteerd: 0, 'contact-gelegd': 0, afgesloten: 0, teruggegeven: 0 },
        teLaat: 0,
        teruggegevenIn: new Set(),
        teLaatIn: new Set(),
      };
      providers.set(handover.aanbieder, provider);
    }
    provider.perStatus[handover.status] += 1;
    if (handover.status === 'teruggegeven')
      keysOf(handover).forEach((key) => provider.teruggegevenIn.add(key));
    if (handover.status === 'nieuw' && handover.contactUiterlijk < today) {
      provider.teLaat += 1;
      keysOf(handover).forEach((key) => provider.teLaatIn.add(key));
    }
  }
  return providers;
}

import { daysBetween } from '../calendar/days.js';
import { type LevensgebiedId, MOMENT_IDS, type MomentId, type SocialeKaart } from '../kaart/schema.js';
import { STALE_AFTER_DAYS } from '../kaart/referenceChecks.js';
import { type CoverageMatrix, IEDEREEN, cellKey } from './coverage.js';
import { type CellDemand, type Demand, GEEN_DOELGROEP } from './demand.js';
import { SMALL_COUNT, demandWeight } from './smallCounts.js';

/** "Er is weinig aanbod voor": a cell (or one moment of it) with demand and no or one provider. */
export interface WeinigAanbod {
  levensgebied: LevensgebiedId;
  doelgroep: string;
  /** Set when the cell is covered, but not at the moment residents asked about. */
  moment?: MomentId;
  intakes: number;
  signalen: number;
  aanbieders: string[];
}

/**
 * "Er bestaat overlap op": a cell where several providers offer support at the same moment.
 * A doelgroep's cell counts the providers with a row for that doelgroep; offers for everyone
 * overlap among themselves once per levensgebied (doelgroep IEDEREEN), not again in each cell:
 * a general offer beside a specialised one is how the chain is meant to be.
 */
export interface Overlap {
  levensgebied: LevensgebiedId;
  /** A doelgroep id, or IEDEREEN for the levensgebied's offers for everyone. */
  doelgroep: string;
  aanbieders: string[];
  momenten: MomentId[];
  intakes: number;
}

/** "Er zijn verschillen tussen afspraak en realisatie bij": what happened differs from the kaart. */
export type Verschil =
  | { soort: 'teruggegeven' | 'niet-geaccepteerd'; aanbieder: string; aantal: number; cellen: string[] }
  | {
      soort: 'geen-overdracht';
      levensgebied: LevensgebiedId;
      doelgroep: string;
      intakes: number;
      aanbieders: string[];
    };

/** A provider whose record in the kaart was not checked for more than a year. */
export interface Verouderd {
  aanbieder: string;
  gecontroleerd: string;
  dagen: number;
}

/** "Vraagstukken zijn": what the matrix cannot show. */
export type Vraagstuk =
  | { soort: 'geen-doelgroep'; intakes: number; levensgebieden: LevensgebiedId[] }
  | { soort: 'crisis'; intakes: number };

export interface Reflectie {
  /** Cells with at least SMALL_COUNT intakes, highest demand first. */
  weinigAanbod: WeinigAanbod[];
  /** How many more cells have thin coverage and a few (1–4) intakes: counted, not listed. */
  weinigAanbodKlein: number;
  overlap: Overlap[];
  verschillen: Verschil[];
  /** How many more covered cells had a few intakes and no handover. */
  geenOverdrachtKlein: number;
  verouderd: Verouderd[];
  vraagstukken: Vraagstuk[];
}

const byDemand = <T extends { intakes: number }>(a: T, b: T) =>
  demandWeight(b.intakes) - demandWeight(a.intakes);

/** The mapping tool's reflection questions, answered from the kaart and the bot's cases. */
export function reflectieOf(coverage: CoverageMatrix, demand: Demand, today: string): Reflectie {
  const kaart = coverage.kaart;
  const demandIn = (levensgebied: string, doelgroep: string) =>
    demand.cells.get(cellKey(levensgebied, doelgroep));
  const weinigAanbod: WeinigAanbod[] = [];
  const overlap: Overlap[] = [];
  const geenOverdracht: Verschil[] = [];
  for (const cell of coverage.all()) {
    const seen = demandIn(cell.levensgebied, cell.doelgroep);
    const intakes = seen?.intakes ?? 0;
    const base = { levensgebied: cell.levensgebied, doelgroep: cell.doelgroep, aanbieders: cell.aanbieders };
    if (seen && (intakes > 0 || seen.signalen > 0) && cell.aanbieders.length <= 1) {
      weinigAanbod.push({ ...base, intakes, signalen: seen.signalen });
    } else if (seen) {
      weinigAanbod.push(...missingMoments(seen, cell.perMoment, base));
    }
    const shared = sharedMoments(coverage.specificPerMoment(cell));
    if (shared.aanbieders.length > 1) overlap.push({ ...base, ...shared, intakes });
    if (cell.aanbieders.length > 0 && intakes > 0 && seen?.handovers === 0) {
      geenOverdracht.push({ soort: 'geen-overdracht', ...base, intakes });
    }
  }
  for (const cell of coverage.forEveryone()) {
    const shared = sharedMoments(cell.perMoment);
    const intakes = demand.perLevensgebied.get(cell.levensgebied) ?? 0;
    if (shared.aanbieders.length > 1)
      overlap.push({ levensgebied: cell.levensgebied, doelgroep: IEDEREEN, ...shared, intakes });
  }
  // A list of every cell with one or two residents buries what matters; those are counted instead.
  const many = (item: { intakes: number }) => item.intakes >= SMALL_COUNT;
  const geenOverdrachtVeel = geenOverdracht.filter((item) => many(intakesOf(item)));
  return {
    weinigAanbod: weinigAanbod.filter(many).sort(byDemand),
    weinigAanbodKlein: weinigAanbod.filter((item) => !many(item)).length,
    overlap: overlap.sort(byDemand),
    verschillen: [
      ...providerVerschillen(kaart, demand),
      ...geenOverdrachtVeel.sort((a, b) => byDemand(intakesOf(a), intakesOf(b))),
    ],
    geenOverdrachtKlein: geenOverdracht.length - geenOverdrachtVeel.length,
    verouderd: verouderdIn(kaart, today),
    vraagstukken: vraagstukkenOf(coverage, demand),
  };
}

function intakesOf(verschil: Verschil): { intakes: number } {
  return { intakes: verschil.soort === 'geen-overdracht' ? verschil.intakes : verschil.aantal };
}

/** Moments of a covered cell with demand and nobody at that moment. */
function missingMoments(
  seen: CellDemand,
  perMoment: Record<MomentId, string[]>,
  base: Pick<WeinigAanbod, 'levensgebied' | 'doelgroep' | 'aanbieders'>,
): WeinigAanbod[] {
  return MOMENT_IDS.filter((moment) => seen.perMoment[moment] > 0 && perMoment[moment].length === 0).map(
    (moment) => ({ ...base, moment, intakes: seen.perMoment[moment], signalen: 0, aanbieders: [] }),
  );
}

/** The providers that share at least one moment of a cell with another provider, and those moments. */
function sharedMoments(perMoment: Record<MomentId, string[]>): {
  aanbieders: string[];
  momenten: MomentId[];
} {
  const momenten = MOMENT_IDS.filter((moment) => perMoment[moment].length > 1);
  const aanbieders = [...new Set(momenten.flatMap((moment) => perMoment[moment]))];
  return { aanbieders, momenten };
}

/** Providers that returned handovers, or left them without a reply past the promised date. */
function providerVerschillen(kaart: SocialeKaart, demand: Demand): Verschil[] {
  const found: Verschil[] = [];
  for (const aanbieder of kaart.aanbieders) {
    const handovers = demand.providers.get(aanbieder.id);
    if (!handovers) continue;
    const { teruggegeven } = handovers.perStatus;
    if (teruggegeven > 0) {
      found.push({
        soort: 'teruggegeven',
        aanbieder: aanbieder.id,
        aantal: teruggegeven,
        cellen: [...handovers.teruggegevenIn],
      });
    }
    if (handovers.teLaat > 0) {
      found.push({
        soort: 'niet-geaccepteerd',
        aanbieder: aanbieder.id,
        aantal: handovers.teLaat,
        cellen: [...handovers.teLaatIn],
      });
    }
  }
  return found.sort((a, b) => byDemand(intakesOf(a), intakesOf(b)));
}

function verouderdIn(kaart: SocialeKaart, today: string): Verouderd[] {
  return kaart.aanbieders
    .map((aanbieder) => ({
      aanbieder: aanbieder.id,
      gecontroleerd: aanbieder.gecontroleerd,
      dagen: daysBetween(aanbieder.gecontroleerd, today),
    }))
    .filter((item) => item.dagen > STALE_AFTER_DAYS)
    .sort((a, b) => b.dagen - a.dagen);
}

/**
 * What Schema 1 cannot show: intakes that named no doelgroep in a levensgebied without an offer
 * for everyone (where there is one, those residents are covered), and crises.
 */
function vraagstukkenOf(coverage: CoverageMatrix, demand: Demand): Vraagstuk[] {
  const forEveryone = (gebied: string) => (coverage.cell(gebied, GEEN_DOELGROEP)?.aanbieders.length ?? 0) > 0;
  const zonder = [...demand.cells.values()].filter(
    (cell) => cell.doelgroep === GEEN_DOELGROEP && cell.intakes > 0 && !forEveryone(cell.levensgebied),
  );
  const unplaced = [...demand.geenDoelgroepPer]
    .filter(([gebieden]) => gebieden.split(',').some((gebied) => !forEveryone(gebied)))
    .reduce((sum, [, count]) => sum + count, 0);
  const found: Vraagstuk[] = [];
  if (zonder.length > 0) {
    found.push({
      soort: 'geen-doelgroep',
      intakes: unplaced,
      levensgebieden: zonder.sort(byDemand).map((cell) => cell.levensgebied),
    });
  }
  if (demand.outcomes.crisis > 0) found.push({ soort: 'crisis', intakes: demand.outcomes.crisis });
  return found;
}

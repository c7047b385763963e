import { specificDoelgroepen } from '../kaart/dekking.js';
import { type LevensgebiedId, MOMENT_IDS, type MomentId, type SocialeKaart } from '../kaart/schema.js';

/** The column of intakes that named no doelgroep; in the coverage, the rows for everyone. */
export const GEEN_DOELGROEP = '';

/** The doelgroep of a finding about a levensgebied's offer for everyone (not a cell of one doelgroep). */
export const IEDEREEN = '*';

/** One cell of Schema 1: a levensgebied × a doelgroep, and who covers it at which moment. */
export interface CoverageCell {
  levensgebied: LevensgebiedId;
  /** A doelgroep id, or GEEN_DOELGROEP for the cell of a levensgebied's rows for everyone. */
  doelgroep: string;
  /** Provider ids per moment, in the kaart's order; rows for everyone included. */
  perMoment: Record<MomentId, string[]>;
  /** Every provider covering the cell at any moment, in the kaart's order. */
  aanbieders: string[];
  /** Per moment, the providers that cover the cell there only through a row for everyone. */
  iedereenPerMoment: Record<MomentId, string[]>;
}

/** How Schema 1 colours a cell: nobody, one provider, or several. */
export type CoverageLevel = 'geen' | 'een' | 'meerdere';

export function coverageLevel(cell: CoverageCell): CoverageLevel {
  if (cell.aanbieders.length === 0) return 'geen';
  return cell.aanbieders.length === 1 ? 'een' : 'meerdere';
}

/** The key of a cell in maps: levensgebied and doelgroep ids. */
export function cellKey(levensgebied: string, doelgroep: string): string {
  return `${levensgebied}|${doelgroep}`;
}

const perMomentLists = (): Record<MomentId, string[]> => ({ reflectie: [], toegang: [], 'tijdens-zorg': [] });

/**
 * Schema 1 of the mapping tool, as the kaart's `dekking` blocks describe it: every levensgebied
 * × every doelgroep of the kaart, each with the providers that offer support there. A row for
 * everyone covers the levensgebied for every doelgroep (and for residents who named none), so
 * it counts in each of those cells; the report marks it as such.
 */
export class CoverageMatrix {
  private readonly cells = new Map<string, CoverageCell>();
  private readonly general = new Map<string, CoverageCell>();

  constructor(readonly kaart: SocialeKaart) {
    const empty = (levensgebied: LevensgebiedId, doelgroep: string): CoverageCell => ({
      levensgebied,
      doelgroep,
      perMoment: perMomentLists(),
      aanbieders: [],
      iedereenPerMoment: perMomentLists(),
    });
    for (const gebied of kaart.levensgebieden) {
      this.general.set(gebied.id, empty(gebied.id, GEEN_DOELGROEP));
      for (const groep of kaart.doelgroepen)
        this.cells.set(cellKey(gebied.id, groep.id), empty(gebied.id, groep.id));
    }
    // Rows for a doelgroep first, so a provider that has one is not marked as "for everyone" there.
    for (const aanbieder of kaart.aanbieders) {
      for (const dekking of aanbieder.dekking) {
        for (const gebied of dekking.levensgebieden) {
          for (const groep of specificDoelgroepen(dekking)) {
            const cell = this.cells.get(cellKey(gebied, groep));
            if (cell) cover(cell, aanbieder.id, dekking.momenten, false);
          }
        }
      }
    }
    for (const aanbieder of kaart.aanbieders) {
      for (const dekking of aanbieder.dekking.filter((row) => row.voorIedereen === true)) {
        for (const gebied of dekking.levensgebieden) {
          const generalCell = this.general.get(gebied);
          if (generalCell) cover(generalCell, aanbieder.id, dekking.momenten, true);
          for (const groep of kaart.doelgroepen) {
            const cell = this.cells.get(cellKey(gebied, groep.id));
            if (cell) cover(cell, aanbieder.id, dekking.momenten, true);
          }
        }
      }
    }
    // Keep the kaart's order of providers in every list, whichever pass added them.
    const order = new Map(kaart.aanbieders.map((aanbieder, index) => [aanbieder.id, index]));
    const byKaart = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
    for (const cell of [...this.cells.values(), ...this.general.values()]) {
      cell.aanbieders.sort(byKaart);
      for (const moment of MOMENT_IDS) cell.perMoment[moment].sort(byKaart);
    }
  }

  /** A cell; with GEEN_DOELGROEP, the levensgebied's coverage for everyone. */
  cell(levensgebied: string, doelgroep: string): CoverageCell | undefined {
    if (doelgroep === GEEN_DOELGROEP) return this.general.get(levensgebied);
    return this.cells.get(cellKey(levensgebied, doelgroep));
  }

  /** All doelgroep cells, row by row in the kaart's order of levensgebieden and doelgroepen. */
  all(): CoverageCell[] {
    return [...this.cells.values()];
  }

  /** Per levensgebied, its coverage for everyone (the cells with GEEN_DOELGROEP). */
  forEveryone(): CoverageCell[] {
    return [...this.general.values()];
  }

  /** The moments at which a provider covers a cell (empty when it does not). */
  momentsOf(cell: CoverageCell, aanbieder: string): MomentId[] {
    return MOMENT_IDS.filter((moment) => cell.perMoment[moment].includes(aanbieder));
  }

  /** Whether a provider is in a cell only through a row for everyone, at every moment it is there. */
  onlyForEveryone(cell: CoverageCell, aanbieder: string): boolean {
    const moments = this.momentsOf(cell, aanbieder);
    return (
      moments.length > 0 && moments.every((moment) => cell.iedereenPerMoment[moment].includes(aanbieder))
    );
  }

  /** Per moment, the providers that cover a cell with a row for its own doelgroep. */
  specificPerMoment(cell: CoverageCell): Record<MomentId, string[]> {
    const lists = perMomentLists();
    for (const moment of MOMENT_IDS)
      lists[moment] = cell.perMoment[moment].filter((id) => !cell.iedereenPerMoment[moment].includes(id));
    return lists;
  }
}

function cover(
  cell: CoverageCell,
  aanbieder: string,
  momenten: readonly MomentId[],
  voorIedereen: boolean,
): void {
  for (const moment of momenten) {
    if (cell.perMoment[moment].includes(aanbieder)) continue;
    cell.perMoment[moment].push(aanbieder);
    if (voorIedereen) cell.iedereenPerMoment[moment].push(aanbieder);
  }
  addOnce(cell.aanbieders, aanbieder);
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

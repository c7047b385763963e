import { type LevensgebiedId, MOMENT_IDS, type MomentId, type SocialeKaart } from '../kaart/schema.js';

/** One cell of Schema 1: a levensgebied × a doelgroep, and who covers it at which moment. */
export interface CoverageCell {
  levensgebied: LevensgebiedId;
  doelgroep: string;
  /** Provider ids per moment, in the kaart's order. */
  perMoment: Record<MomentId, string[]>;
  /** Every provider covering the cell at any moment, in the kaart's order. */
  aanbieders: string[];
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

/**
 * Schema 1 of the mapping tool, as the kaart's `dekking` blocks describe it: every levensgebied
 * × every doelgroep of the kaart, each with the providers that offer support there.
 */
export class CoverageMatrix {
  private readonly cells = new Map<string, CoverageCell>();

  constructor(readonly kaart: SocialeKaart) {
    for (const gebied of kaart.levensgebieden) {
      for (const groep of kaart.doelgroepen) {
        const perMoment = { reflectie: [], toegang: [], 'tijdens-zorg': [] };
        this.cells.set(cellKey(gebied.id, groep.id), {
          levensgebied: gebied.id,
          doelgroep: groep.id,
          perMoment,
          aanbieders: [],
        });
      }
    }
    for (const aanbieder of kaart.aanbieders) {
      for (const dekking of aanbieder.dekking) {
        for (const gebied of dekking.levensgebieden) {
          // A row for everyone covers every doelgroep's cell of its levensgebieden.
          const groepen = dekking.voorIedereen ? kaart.doelgroepen.map((groep) => groep.id) : (dekking.doelgroepen ?? []);
          for (const groep of groepen) {
            const cell = this.cells.get(cellKey(gebied, groep));
            if (!cell) continue;
            for (const moment of dekking.momenten) addOnce(cell.perMoment[moment], aanbieder.id);
            addOnce(cell.aanbieders, aanbieder.id);
          }
        }
      }
    }
  }

  cell(levensgebied: string, doelgroep: string): CoverageCell | undefined {
    return this.cells.get(cellKey(levensgebied, doelgroep));
  }

  /** All cells, row by row in the kaart's order of levensgebieden and doelgroepen. */
  all(): CoverageCell[] {
    return [...this.cells.values()];
  }

  /** The moments at which a provider covers a cell (empty when it does not). */
  momentsOf(cell: CoverageCell, aanbieder: string): MomentId[] {
    return MOMENT_IDS.filter((moment) => cell.perMoment[moment].includes(aanbieder));
  }
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

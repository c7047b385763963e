import { MOMENT_IDS, type MomentId, type SocialeKaart } from '../kaart/schema.js';
import { type CoverageCell, type CoverageMatrix, IEDEREEN } from './coverage.js';
import { GEEN_DOELGROEP } from './demand.js';
import { REPORT_TEXTS } from './reportTexts.js';

/** The kaart's Dutch names for the ids in a report; an id the kaart no longer has stays visible as itself. */
export class ReportNames {
  constructor(private readonly kaart: SocialeKaart) {}

  levensgebied(id: string): string {
    return this.kaart.levensgebieden.find((item) => item.id === id)?.naam.nl ?? id;
  }

  doelgroep(id: string): string {
    if (id === GEEN_DOELGROEP) return REPORT_TEXTS.geenDoelgroep;
    if (id === IEDEREEN) return REPORT_TEXTS.iedereen;
    return this.kaart.doelgroepen.find((item) => item.id === id)?.naam.nl ?? id;
  }

  aanbieder(id: string): string {
    return this.kaart.aanbieders.find((item) => item.id === id)?.naam ?? id;
  }

  /** "Wonen × Mensen met LVB", from a cell key. */
  cell(key: string): string {
    const [levensgebied = '', doelgroep = ''] = key.split('|');
    return `${this.levensgebied(levensgebied)} × ${this.doelgroep(doelgroep)}`;
  }

  /** The mapping tool numbers its moments 1 to 3. */
  momentNumber(moment: MomentId): number {
    return MOMENT_IDS.indexOf(moment) + 1;
  }

  /** "moment 3 (tijdens het ontvangen van ondersteuning/zorg)": the tool's own names. */
  moment(moment: MomentId): string {
    return `moment ${this.momentNumber(moment)} (${REPORT_TEXTS.momenten[moment].toLowerCase()})`;
  }

  /**
   * A provider in a cell of Schema 1, with its moments when not all three, and marked when it
   * is there only with its offer for everyone: "Sociaal Wijkteam (2, 3; voor iedereen)".
   */
  aanbiederInCel(
    coverage: CoverageMatrix,
    cell: CoverageCell,
    id: string,
    options: { momenten: boolean } = { momenten: true },
  ): string {
    const moments = coverage.momentsOf(cell, id);
    const allMoments = moments.length === MOMENT_IDS.length;
    const notes = [
      ...(allMoments || !options.momenten
        ? []
        : [moments.map((moment) => this.momentNumber(moment)).join(', ')]),
      ...(coverage.onlyForEveryone(cell, id) ? [REPORT_TEXTS.voorIedereen] : []),
    ];
    return notes.length === 0 ? this.aanbieder(id) : `${this.aanbieder(id)} (${notes.join('; ')})`;
  }
}

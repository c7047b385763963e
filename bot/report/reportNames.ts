import { MOMENT_IDS, type MomentId, type SocialeKaart } from '../kaart/schema.js';
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

  /** A provider with the moments it covers, when not all three: "MEE Voorbeeld (2, 3)". */
  aanbiederOpMomenten(id: string, moments: readonly MomentId[]): string {
    if (moments.length === MOMENT_IDS.length) return this.aanbieder(id);
    return `${this.aanbieder(id)} (${moments.map((moment) => this.momentNumber(moment)).join(', ')})`;
  }
}

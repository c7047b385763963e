import type { Reflectie, Verschil, Vraagstuk, WeinigAanbod, Overlap, Verouderd } from './reflection.js';
import type { ReportNames } from './reportNames.js';
import { shownCount } from './smallCounts.js';

/** The reflection answers as Dutch sentences, one per finding, the same in the HTML and the CSV. */
export interface ReflectieZinnen {
  weinigAanbod: string[];
  overlap: string[];
  verschillen: string[];
  verouderd: string[];
  vraagstukken: string[];
}

export function reflectieZinnen(reflectie: Reflectie, names: ReportNames): ReflectieZinnen {
  return {
    weinigAanbod: [
      ...reflectie.weinigAanbod.map((item) => weinigAanbod(item, names)),
      ...fewMore(reflectie.weinigAanbodKlein, 'met weinig of geen aanbod'),
    ],
    overlap: reflectie.overlap.map((item) => overlap(item, names)),
    verschillen: [
      ...reflectie.verschillen.map((item) => verschil(item, names)),
      ...fewMore(reflectie.geenOverdrachtKlein, 'die gedekt zijn maar geen warme overdracht kregen'),
    ],
    verouderd: reflectie.verouderd.map((item) => verouderd(item, names)),
    vraagstukken: reflectie.vraagstukken.map((item) => vraagstuk(item, names)),
  };
}

// Plural even for one: "1" is never shown, and "<5 intake" would give it away.
const intakes = (count: number) => `${shownCount(count)} intakes`;
const list = (items: string[]) => items.join(', ');
const MAX_CELLS = 4;

/** A provider's cells, the first few by name. */
function cells(keys: readonly string[], names: ReportNames): string {
  const named = list(keys.slice(0, MAX_CELLS).map((key) => names.cell(key)));
  return keys.length > MAX_CELLS ? `${named} en ${keys.length - MAX_CELLS} andere` : named;
}

function fewMore(count: number, what: string): string[] {
  if (count === 0) return [];
  return [
    `Verder ${count} ${count === 1 ? 'cel' : 'cellen'} ${what}, met minder dan 5 intakes per cel (zie "Per cel").`,
  ];
}

function weinigAanbod(item: WeinigAanbod, names: ReportNames): string {
  const where = `${names.levensgebied(item.levensgebied)} × ${names.doelgroep(item.doelgroep)}`;
  if (item.moment) {
    return `${where}, ${names.moment(item.moment)}: niemand op dit moment; ${intakes(item.intakes)} op dit moment.`;
  }
  const signalen = item.signalen > 0 ? `, ${shownCount(item.signalen)} eindigden zonder passend aanbod` : '';
  const [enige] = item.aanbieders;
  const offer = enige ? `alleen ${names.aanbieder(enige)}` : 'geen aanbieder';
  return `${where}: ${offer}; ${intakes(item.intakes)}${signalen}.`;
}

function overlap(item: Overlap, names: ReportNames): string {
  const momenten = item.momenten.map((moment) => names.momentNumber(moment)).join(', ');
  return (
    `${names.levensgebied(item.levensgebied)} × ${names.doelgroep(item.doelgroep)}: ` +
    `${list(item.aanbieders.map((id) => names.aanbieder(id)))} (moment ${momenten}); ${intakes(item.intakes)}.`
  );
}

function verschil(item: Verschil, names: ReportNames): string {
  if (item.soort === 'geen-overdracht') {
    return (
      `${names.levensgebied(item.levensgebied)} × ${names.doelgroep(item.doelgroep)}: gedekt door ` +
      `${list(item.aanbieders.map((id) => names.aanbieder(id)))}, maar ${intakes(item.intakes)} en geen enkele warme overdracht.`
    );
  }
  const cellen = cells(item.cellen, names);
  const aantal = `${shownCount(item.aantal)} overdrachten`;
  return item.soort === 'teruggegeven'
    ? `${names.aanbieder(item.aanbieder)} gaf ${aantal} terug (${cellen}).`
    : `${names.aanbieder(item.aanbieder)} nam ${aantal} niet aan vóór de beloofde datum (${cellen}).`;
}

function verouderd(item: Verouderd, names: ReportNames): string {
  return `${names.aanbieder(item.aanbieder)}: voor het laatst nagekeken op ${item.gecontroleerd} (${item.dagen} dagen geleden).`;
}

function vraagstuk(item: Vraagstuk, names: ReportNames): string {
  if (item.soort === 'crisis') {
    return `${intakes(item.intakes)} eindigden bij een hulplijn (crisis): die staan niet in Schema 1.`;
  }
  const gebieden = list(item.levensgebieden.slice(0, 3).map((id) => names.levensgebied(id)));
  return `${intakes(item.intakes)} noemden geen doelgroep (vooral ${gebieden}): Schema 1 kan die inwoners niet plaatsen.`;
}

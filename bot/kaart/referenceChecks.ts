import { closestMatch } from '../analyser/editDistance.js';
import { parseConceptPattern } from '../analyser/wordPattern.js';
import { CRISIS_TYPES, LEVENSGEBIED_IDS, MOMENT_IDS, type SocialeKaart, type Woorden } from './schema.js';
import type { KaartProblem } from './problem.js';
import { checkRoles, checkVerwijzing } from './ruleChecks.js';

/** A problem before it has a place in the file. */
export type FoundProblem = Omit<KaartProblem, 'line' | 'column'>;
type Path = FoundProblem['path'];

const DAY_MS = 24 * 60 * 60 * 1000;
/** A provider not checked for longer than this is stale: the kaart check warns, the report lists it. */
export const STALE_AFTER_DAYS = 365;

/**
 * Checks what a schema cannot: that ids are unique and every reference names something that
 * exists, that providers with coverage can receive handovers, that every levensgebied has
 * information, that word patterns parse, and that records were checked within a year.
 */
export function checkReferences(kaart: SocialeKaart, today: Date): FoundProblem[] {
  const found: FoundProblem[] = [];
  const error = (path: Path, message: string) => found.push({ severity: 'error', message, path });
  const warning = (path: Path, message: string) => found.push({ severity: 'warning', message, path });

  const uniqueIds = (section: Path, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id))
        error([...section, index, 'id'], `id "${item.id}" staat al eerder in ${section.join('.')}`);
      seen.add(item.id);
    });
    return seen;
  };
  const requireAll = (section: Path, present: Set<string>, required: readonly string[], what: string) => {
    for (const id of required)
      if (!present.has(id)) error(section, `${what} "${id}" ontbreekt in ${section.join('.')}`);
  };

  const levensgebieden = uniqueIds(['levensgebieden'], kaart.levensgebieden);
  const doelgroepen = uniqueIds(['doelgroepen'], kaart.doelgroepen);
  const momenten = uniqueIds(['momenten'], kaart.momenten);
  uniqueIds(['aanbieders'], kaart.aanbieders);
  uniqueIds(['informatie'], kaart.informatie);
  const crisisTypes = uniqueIds(['crisis', 'types'], kaart.crisis.types);
  requireAll(['levensgebieden'], levensgebieden, LEVENSGEBIED_IDS, 'levensgebied');
  requireAll(['momenten'], momenten, MOMENT_IDS, 'moment');
  requireAll(['crisis', 'types'], crisisTypes, CRISIS_TYPES, 'crisistype');

  const knownDoelgroep = (path: Path, id: string) => {
    if (doelgroepen.has(id)) return;
    const hint = closestMatch(id, doelgroepen);
    error(path, `doelgroep "${id}" bestaat niet in doelgroepen${hint ? `; bedoel je "${hint}"?` : ''}`);
  };

  const checkWords = (path: Path, woorden: Woorden) => {
    for (const language of ['nl', 'en'] as const) {
      woorden[language].forEach((word, index) => {
        const pattern = parseConceptPattern(word);
        if ('error' in pattern) error([...path, language, index], pattern.error);
      });
    }
  };
  kaart.levensgebieden.forEach((item, index) => {
    checkWords(['levensgebieden', index, 'woorden'], item.woorden);
    if (item.id !== 'anders' && item.woorden.nl.length === 0) {
      warning(
        ['levensgebieden', index, 'woorden'],
        `levensgebied "${item.id}" heeft geen woorden: de bot herkent het niet`,
      );
    }
  });
  kaart.doelgroepen.forEach((item, index) => checkWords(['doelgroepen', index, 'woorden'], item.woorden));
  kaart.crisis.types.forEach((item, index) =>
    checkWords(['crisis', 'types', index, 'signalen'], item.signalen),
  );
  checkWords(['crisis', 'uitzonderingen'], kaart.crisis.uitzonderingen);

  kaart.aanbieders.forEach((aanbieder, index) => {
    const at = ['aanbieders', index];
    aanbieder.dekking.forEach((cell, cellIndex) => {
      const cellAt = [...at, 'dekking', cellIndex];
      cell.doelgroepen?.forEach((id, i) => knownDoelgroep([...cellAt, 'doelgroepen', i], id));
      if (cell.voorIedereen === true && cell.doelgroepen !== undefined) {
        error(
          [...cellAt, 'voorIedereen'],
          'noem doelgroepen óf zet voorIedereen: true, niet allebei (voor iedereen geldt al voor elke doelgroep)',
        );
      } else if (cell.voorIedereen !== true && cell.doelgroepen === undefined) {
        error(
          cellAt,
          'noem de doelgroepen van deze dekking, of zet voorIedereen: true als hij voor alle inwoners is',
        );
      }
    });
    const overdracht = aanbieder.overdracht;
    if (aanbieder.dekking.length > 0 && !overdracht?.email && !overdracht?.telefoon) {
      error(
        [...at, 'dekking'],
        `"${aanbieder.naam}" heeft dekking, maar nergens om overdrachten heen te sturen (overdracht.email of overdracht.telefoon)`,
      );
    }
    const { telefoon, email, website } = aanbieder.contact;
    if (!telefoon && !email && !website) {
      warning([...at, 'contact'], `"${aanbieder.naam}" heeft geen telefoon, e-mail of website voor inwoners`);
    }
    checkFreshness([...at, 'gecontroleerd'], aanbieder.naam, aanbieder.gecontroleerd, today, warning);
  });

  const informed = new Set<string>();
  kaart.informatie.forEach((item, index) => {
    item.doelgroepen.forEach((id, i) => knownDoelgroep(['informatie', index, 'doelgroepen', i], id));
    if (item.doelgroepen.length === 0) informed.add(item.levensgebied);
    if (!item.link && !item.telefoon) {
      error(
        ['informatie', index],
        `informatie "${item.id}" heeft geen link of telefoonnummer voor de inwoner`,
      );
    }
  });
  for (const id of levensgebieden) {
    if (!informed.has(id)) {
      error(['informatie'], `levensgebied "${id}" heeft geen informatie voor iedereen (zonder doelgroepen)`);
    }
  }

  kaart.voorbeelden.forEach((item, index) => {
    item.doelgroepen.forEach((id, i) => knownDoelgroep(['voorbeelden', index, 'doelgroepen', i], id));
    if (item.levensgebieden.length === 0 && item.crisis === null) {
      error(['voorbeelden', index], 'noem ten minste één levensgebied (of een crisistype)');
    }
  });
  checkRoles(kaart, error);
  checkVerwijzing(kaart, { error, warning, knownDoelgroep });
  checkOpeningHours(kaart, error);
  return found;
}

function checkFreshness(
  path: Path,
  name: string,
  checked: string,
  today: Date,
  warning: (path: Path, message: string) => void,
): void {
  const ageDays = Math.floor((today.getTime() - Date.parse(`${checked}T00:00:00Z`)) / DAY_MS);
  if (ageDays > STALE_AFTER_DAYS) {
    warning(path, `"${name}" is ${ageDays} dagen niet nagekeken (langer dan een jaar): klopt alles nog?`);
  } else if (ageDays < 0) {
    warning(path, `"${name}" heeft een controledatum in de toekomst`);
  }
}

function checkOpeningHours(kaart: SocialeKaart, error: (path: Path, message: string) => void): void {
  const blocks: [Path, { van: string; tot: string }[] | undefined][] = [
    [['gemeente', 'loket', 'openingstijden'], kaart.gemeente.loket.openingstijden],
    ...kaart.aanbieders.map((a, i): [Path, { van: string; tot: string }[] | undefined] => [
      ['aanbieders', i, 'contact', 'openingstijden'],
      a.contact.openingstijden,
    ]),
  ];
  for (const [path, hours] of blocks) {
    hours?.forEach((block, index) => {
      if (block.van >= block.tot)
        error([...path, index, 'tot'], `sluitingstijd ${block.tot} ligt niet na openingstijd ${block.van}`);
    });
  }
}

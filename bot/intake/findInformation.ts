import type { Informatie, SocialeKaart } from '../kaart/schema.js';
import { caseDoelgroepen } from './matchProviders.js';
import type { IntakeCase } from './intakeCase.js';

const MAX_ITEMS = 3;

/**
 * The kaart's information for the case's levensgebieden, in the order the resident confirmed
 * them: per levensgebied the items for their doelgroepen first, then the items for everyone.
 */
export function findInformation(kaart: SocialeKaart, intake: IntakeCase): Informatie[] {
  const doelgroepen = caseDoelgroepen(kaart, intake);
  const found: Informatie[] = [];
  for (const gebied of intake.levensgebieden ?? []) {
    const items = kaart.informatie.filter((item) => item.levensgebied === gebied);
    const specific = items.filter((item) => item.doelgroepen.some((groep) => doelgroepen.includes(groep)));
    const general = items.filter((item) => item.doelgroepen.length === 0);
    found.push(...specific, ...general.slice(0, 1));
  }
  return found.slice(0, MAX_ITEMS);
}

/**
 * What a resident whom no provider covers (a gap) can still use: for each of the case's
 * levensgebieden, in order, the kaart's one best item (for their doelgroepen if there is one,
 * else for everyone), so no question is left without an answer. Kaart check makes sure every
 * levensgebied has an item for everyone.
 */
export function informationForGap(kaart: SocialeKaart, intake: IntakeCase): Informatie[] {
  const doelgroepen = caseDoelgroepen(kaart, intake);
  return (intake.levensgebieden ?? [])
    .flatMap((gebied) => {
      const items = kaart.informatie.filter((item) => item.levensgebied === gebied);
      const specific = items.find((item) => item.doelgroepen.some((groep) => doelgroepen.includes(groep)));
      const general = items.find((item) => item.doelgroepen.length === 0);
      const best = specific ?? general;
      return best ? [best] : [];
    })
    .slice(0, MAX_ITEMS);
}

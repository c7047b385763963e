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

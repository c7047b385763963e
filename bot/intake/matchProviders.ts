import { dekkingCovers } from '../kaart/dekking.js';
import { doelgroepWithRole } from '../kaart/roles.js';
import { type Aanbieder, MOMENT_IDS, type SocialeKaart } from '../kaart/schema.js';
import type { IntakeCase } from './intakeCase.js';

/** The doelgroepen a case counts for: a resident asking for someone close is a mantelzorger too. */
export function caseDoelgroepen(kaart: SocialeKaart, intake: IntakeCase): string[] {
  const groups = new Set(intake.doelgroepen ?? []);
  const mantelzorger = doelgroepWithRole(kaart, 'mantelzorger');
  if (intake.voorWie === 'naaste' && mantelzorger) groups.add(mantelzorger);
  return [...groups];
}

/**
 * The providers whose coverage (Schema 1) has a cell for this case: one of its levensgebieden,
 * one of its doelgroepen (or a row for everyone), at its moment. Providers that cover the case
 * with a row for its own doelgroepen come before those that only cover everyone (a resident
 * with LVB and debts sees MEE before the general debt help); then those covering more of the
 * resident's levensgebieden; otherwise the kaart's order holds, so no provider is favoured.
 */
export function matchingAanbieders(kaart: SocialeKaart, intake: IntakeCase): Aanbieder[] {
  const levensgebieden = intake.levensgebieden ?? [];
  const doelgroepen = caseDoelgroepen(kaart, intake);
  const covered = kaart.aanbieders.map((aanbieder) => {
    const specific = new Set<string>();
    const all = new Set<string>();
    for (const dekking of aanbieder.dekking) {
      if (!dekkingCovers(dekking, doelgroepen)) continue;
      if (intake.moment !== undefined && !dekking.momenten.includes(intake.moment)) continue;
      for (const gebied of dekking.levensgebieden.filter((item) => levensgebieden.includes(item))) {
        all.add(gebied);
        if (dekking.voorIedereen !== true) specific.add(gebied);
      }
    }
    return { aanbieder, specific: specific.size, domains: all.size };
  });
  return covered
    .filter(({ domains }) => domains > 0)
    .sort((a, b) => b.specific - a.specific || b.domains - a.domains)
    .map(({ aanbieder }) => aanbieder);
}

/**
 * Whether asking the moment question could change the providers the resident is offered: true
 * only when two moments give a different set of matching providers.
 */
export function momentMatters(kaart: SocialeKaart, intake: IntakeCase): boolean {
  const matchAt = MOMENT_IDS.map((moment) =>
    matchingAanbieders(kaart, { ...intake, moment })
      .map((aanbieder) => aanbieder.id)
      .sort()
      .join(' '),
  );
  return new Set(matchAt).size > 1;
}

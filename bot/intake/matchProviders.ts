import type { Aanbieder, SocialeKaart } from '../kaart/schema.js';
import type { IntakeCase } from './intakeCase.js';

/** The doelgroepen a case counts for: a resident asking for someone close is a mantelzorger too. */
export function caseDoelgroepen(intake: IntakeCase): string[] {
  const groups = new Set(intake.doelgroepen ?? []);
  if (intake.voorWie === 'naaste') groups.add('mantelzorgers');
  return [...groups];
}

/**
 * The providers whose coverage (Schema 1) has a cell for this case: one of its levensgebieden,
 * one of its doelgroepen, at its moment. Those covering more of the resident's levensgebieden
 * come first; otherwise the kaart's order holds, so no provider is favoured by the bot.
 */
export function matchingAanbieders(kaart: SocialeKaart, intake: IntakeCase): Aanbieder[] {
  const levensgebieden = intake.levensgebieden ?? [];
  const doelgroepen = caseDoelgroepen(intake);
  const covered = kaart.aanbieders.map((aanbieder) => {
    const domains = new Set(
      aanbieder.dekking
        .filter(
          (dekking) =>
            dekking.doelgroepen.some((groep) => doelgroepen.includes(groep)) &&
            (intake.moment === undefined || dekking.momenten.includes(intake.moment)),
        )
        .flatMap((dekking) => dekking.levensgebieden.filter((gebied) => levensgebieden.includes(gebied))),
    );
    return { aanbieder, domains: domains.size };
  });
  return covered
    .filter(({ domains }) => domains > 0)
    .sort((a, b) => b.domains - a.domains)
    .map(({ aanbieder }) => aanbieder);
}

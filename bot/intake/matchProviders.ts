import { doelgroepWithRole } from '../kaart/roles.js';
import { type Aanbieder, type Dekking, MOMENT_IDS, type SocialeKaart } from '../kaart/schema.js';
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
 * one of its doelgroepen (or a row for everyone), at its moment. Those covering more of the
 * resident's levensgebieden come first, and a row for the resident's own doelgroep before a row
 * for everyone; otherwise the kaart's order holds, so no provider is favoured by the bot.
 */
export function matchingAanbieders(kaart: SocialeKaart, intake: IntakeCase): Aanbieder[] {
  const levensgebieden = intake.levensgebieden ?? [];
  const doelgroepen = caseDoelgroepen(kaart, intake);
  const atMoment = (dekking: Dekking) => intake.moment === undefined || dekking.momenten.includes(intake.moment);
  const domains = (aanbieder: Aanbieder, fits: (dekking: Dekking) => boolean) =>
    new Set(
      aanbieder.dekking
        .filter((dekking) => fits(dekking) && atMoment(dekking))
        .flatMap((dekking) => dekking.levensgebieden.filter((gebied) => levensgebieden.includes(gebied))),
    ).size;
  const covered = kaart.aanbieders.map((aanbieder) => ({
    aanbieder,
    specific: domains(aanbieder, (dekking) => (dekking.doelgroepen ?? []).some((groep) => doelgroepen.includes(groep))),
    all: domains(
      aanbieder,
      (dekking) =>
        dekking.voorIedereen === true || (dekking.doelgroepen ?? []).some((groep) => doelgroepen.includes(groep)),
    ),
  }));
  return covered
    .filter(({ all }) => all > 0)
    .sort((a, b) => Number(b.specific > 0) - Number(a.specific > 0) || b.all - a.all)
    .map(({ aanbieder }) => aanbieder);
}

/** Whether the moment would change which providers match: only then is it worth asking. */
export function momentMatters(kaart: SocialeKaart, intake: IntakeCase): boolean {
  const ids = (moment: IntakeCase['moment']) =>
    matchingAanbieders(kaart, { ...intake, moment })
      .map((aanbieder) => aanbieder.id)
      .join(',');
  const all = ids(undefined);
  return MOMENT_IDS.some((moment) => ids(moment) !== all);
}

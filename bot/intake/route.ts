import type { SocialeKaart, Verwijsregel, Vertaald } from '../kaart/schema.js';
import { type IntakeCase, meetlatAntwoord } from './intakeCase.js';

export type Route = 'information' | 'handover';
/** What the bot would still have to ask to decide. */
export type RouteVraag = 'doelgroepen' | 'zelf' | 'regie' | 'netwerk';
export type RouteDecision =
  | { status: 'besloten'; route: Route; regel: string; uitleg: Vertaald }
  | { status: 'vragen'; vraag: RouteVraag };

type Holds = true | false | RouteVraag;

const ROUTE: Record<Verwijsregel['uitkomst'], Route> = { informatie: 'information', overdracht: 'handover' };
/** The rule that decides when none of the kaart's rules holds. */
export const ANDERS = 'anders';

/** The case's levensgebieden, counting those the kaart puts together ("huur" and "schulden") as one. */
function distinctQuestions(kaart: SocialeKaart, intake: IntakeCase): number {
  const seen = new Set<string>();
  for (const gebied of intake.levensgebieden ?? []) {
    const group = kaart.verwijzing.samen.findIndex((samen) => samen.includes(gebied));
    seen.add(group >= 0 ? `samen:${group}` : gebied);
  }
  return seen.size;
}

/** Whether a rule holds for the case: true, false, or not yet known (then: what to ask). */
function holds(kaart: SocialeKaart, rule: Verwijsregel, intake: IntakeCase): Holds {
  const { als } = rule;
  let unknown: RouteVraag | undefined;
  const condition = (known: boolean | undefined, vraag: RouteVraag): boolean => {
    if (known === undefined) unknown ??= vraag;
    return known !== false;
  };
  const answer = (value: unknown, allowed: readonly string[] | undefined, vraag: RouteVraag) => {
    if (!allowed) return true;
    const given = meetlatAntwoord(value);
    return condition(given === undefined ? undefined : allowed.includes(given), vraag);
  };
  const all = [
    als.gevraagd === undefined || intake.wantsHandover === true,
    als.levensgebieden === undefined || distinctQuestions(kaart, intake) >= als.levensgebieden,
    als.doelgroepen === undefined ||
      condition(
        intake.doelgroepen === undefined ? undefined : intake.doelgroepen.some((id) => als.doelgroepen!.includes(id)),
        'doelgroepen',
      ),
    answer(intake.meetlat.zelf, als.zelf, 'zelf'),
    answer(intake.meetlat.regieKwijt, als.regie, 'regie'),
    answer(intake.meetlat.netwerk, als.netwerk, 'netwerk'),
  ];
  if (all.includes(false)) return false;
  return unknown ?? true;
}

/**
 * The referral rule of the kaart (`verwijzing`): its rules top to bottom, the first that holds
 * decides. A rule that needs an answer not yet given makes its outcome possible; the route is
 * decided once every possible outcome is the same, so the bot asks only what could change it,
 * and the first of those questions, in the order of the rules, is asked next.
 */
export function decideRoute(kaart: SocialeKaart, intake: IntakeCase): RouteDecision {
  const possible = new Set<Route>();
  let ask: RouteVraag | undefined;
  for (const rule of kaart.verwijzing.regels) {
    const result = holds(kaart, rule, intake);
    if (result === false) continue;
    const route = ROUTE[rule.uitkomst];
    if (result === true) {
      if (ask && [...possible].some((other) => other !== route)) return { status: 'vragen', vraag: ask };
      return { status: 'besloten', route, regel: rule.id, uitleg: rule.uitleg };
    }
    possible.add(route);
    ask ??= result;
  }
  const { anders } = kaart.verwijzing;
  const route = ROUTE[anders.uitkomst];
  if (ask && [...possible].some((other) => other !== route)) return { status: 'vragen', vraag: ask };
  return { status: 'besloten', route, regel: ANDERS, uitleg: anders.uitleg };
}

import type { LevensgebiedId, SocialeKaart, Vertaald, VerwijzingVoorwaarden } from '../kaart/schema.js';
import { ANDERS_REGEL } from '../kaart/verwijzingSchema.js';
import { type IntakeCase, type MeetlatAntwoord, meetlatAntwoord } from './intakeCase.js';
import { caseDoelgroepen } from './matchProviders.js';

export type Route = 'information' | 'handover';
/** What the bot must still find out before the referral rule can decide. */
export type RouteVraag = 'doelgroepen' | 'zelf' | 'regie' | 'netwerk';
export type RouteDecision =
  | { status: 'besloten'; route: Route; regel: string; uitleg: Vertaald }
  | { status: 'vragen'; vraag: RouteVraag };

export { ANDERS_REGEL };

/** A condition holds, does not hold, or cannot be told yet because its question was not asked. */
type Truth = true | false | RouteVraag;

const ROUTE_OF = { overdracht: 'handover', informatie: 'information' } as const;

/**
 * The kaart's referral rule (`verwijzing:`) applied to the case. Rules are read top to bottom:
 * one with a false condition is skipped, the first whose conditions all hold decides, and one
 * that cannot be told yet makes its outcome possible. When every possible outcome equals the
 * deciding one, the route is decided; otherwise the answer names the first question to ask,
 * so the bot asks only what could change the route.
 */
export function decideRoute(kaart: SocialeKaart, intake: IntakeCase): RouteDecision {
  const { regels, anders, samen } = kaart.verwijzing;
  const possible = new Set<string>();
  let firstUnknown: RouteVraag | undefined;
  let decided: { regel: string; uitkomst: keyof typeof ROUTE_OF; uitleg: Vertaald } | undefined;
  for (const regel of regels) {
    const truths = conditionTruths(kaart, regel.als, intake, samen);
    if (truths.includes(false)) continue;
    const unknown = truths.find((truth): truth is RouteVraag => truth !== true);
    if (unknown === undefined) {
      decided = { regel: regel.id, uitkomst: regel.uitkomst, uitleg: regel.uitleg };
      break;
    }
    possible.add(regel.uitkomst);
    firstUnknown ??= unknown;
  }
  decided ??= { regel: ANDERS_REGEL, uitkomst: anders.uitkomst, uitleg: anders.uitleg };
  possible.add(decided.uitkomst);
  if (possible.size > 1 && firstUnknown) return { status: 'vragen', vraag: firstUnknown };
  return {
    status: 'besloten',
    route: ROUTE_OF[decided.uitkomst],
    regel: decided.regel,
    uitleg: decided.uitleg,
  };
}

/** Each condition of a rule, in the schema's order (the order in which the bot asks). */
function conditionTruths(
  kaart: SocialeKaart,
  als: VerwijzingVoorwaarden,
  intake: IntakeCase,
  samen: readonly (readonly LevensgebiedId[])[],
): Truth[] {
  const truths: Truth[] = [];
  // Not asking for a person is not a question the bot asks: no request is a "no".
  if (als.gevraagd !== undefined) truths.push((intake.wantsHandover === true) === als.gevraagd);
  if (als.doelgroepen !== undefined) truths.push(inDoelgroepen(kaart, als.doelgroepen, intake));
  // The levensgebieden are confirmed before the route is decided; none known counts as none.
  if (als.levensgebieden !== undefined)
    truths.push(questionCount(intake.levensgebieden ?? [], samen) >= als.levensgebieden);
  const meetlat = intake.meetlat;
  if (als.zelf !== undefined) truths.push(answerIn(meetlatAntwoord(meetlat.zelf), als.zelf, 'zelf'));
  if (als.regie !== undefined) truths.push(answerIn(meetlatAntwoord(meetlat.regieKwijt), als.regie, 'regie'));
  if (als.netwerk !== undefined)
    truths.push(answerIn(meetlatAntwoord(meetlat.netwerk), als.netwerk, 'netwerk'));
  return truths;
}

function inDoelgroepen(kaart: SocialeKaart, wanted: readonly string[], intake: IntakeCase): Truth {
  // Asking for someone close already makes the resident a mantelzorger, asked or not.
  if (caseDoelgroepen(kaart, intake).some((groep) => wanted.includes(groep))) return true;
  return intake.doelgroepen === undefined ? 'doelgroepen' : false;
}

function answerIn(
  answer: MeetlatAntwoord | undefined,
  wanted: readonly MeetlatAntwoord[],
  vraag: RouteVraag,
): Truth {
  return answer === undefined ? vraag : wanted.includes(answer);
}

/**
 * How many questions the levensgebieden make: those in one `samen` group count once, and
 * groups that share a levensgebied join (huur next to schulden next to toeslagen is one).
 */
export function questionCount(
  levensgebieden: readonly LevensgebiedId[],
  samen: readonly (readonly LevensgebiedId[])[],
): number {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at) ?? at;
    return at;
  };
  for (const group of samen) {
    const [first, ...rest] = group;
    if (first === undefined) continue;
    for (const other of rest) parent.set(root(other), root(first));
  }
  return new Set(levensgebieden.map(root)).size;
}

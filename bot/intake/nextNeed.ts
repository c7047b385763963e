import type { SocialeKaart } from '../kaart/schema.js';
import type { IntakeCase } from './intakeCase.js';
import { matchingAanbieders, momentMatters } from './matchProviders.js';
import { decideRoute } from './route.js';

/** What the bot may still need to know before it can give the right outcome. */
export type Need = 'doelgroepen' | 'voor-wie' | 'moment' | 'zelf' | 'regie' | 'netwerk';

/**
 * The next thing to ask, or undefined when the bot knows enough. The referral rule says which
 * meetlat answer (or the doelgroep) would change its decision; for a handover, the groups, for
 * whom and the moment are asked only when they change which providers match.
 */
export function nextNeed(kaart: SocialeKaart, intake: IntakeCase): Need | undefined {
  const decision = decideRoute(kaart, intake);
  if (decision.status === 'vragen') return decision.vraag;
  if (decision.route !== 'handover') return undefined;
  if (intake.doelgroepen === undefined) return 'doelgroepen';
  if (intake.voorWie === undefined && voorWieMatters(kaart, intake)) return 'voor-wie';
  if (intake.moment === undefined && !intake.momentOnbekend && momentMatters(kaart, intake)) return 'moment';
  return undefined;
}

/** Whether asking for someone close (a mantelzorger) would change which providers match. */
function voorWieMatters(kaart: SocialeKaart, intake: IntakeCase): boolean {
  const ids = (voorWie: 'zelf' | 'naaste') =>
    matchingAanbieders(kaart, { ...intake, voorWie })
      .map((aanbieder) => aanbieder.id)
      .join(',');
  return ids('zelf') !== ids('naaste');
}

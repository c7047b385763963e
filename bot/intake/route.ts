import { type IntakeCase, meetlatAntwoord } from './intakeCase.js';

export type Route = 'information' | 'handover';

/**
 * The meetlat's verdict. Several life domains, lost grip, no one around to help, or not able to
 * arrange it alone point to a warm handover; a single question the resident can handle with
 * information gets information. Unanswered meetlat questions count as "no reason to hand over",
 * so the bot never refers more than the answers justify.
 */
export function decideRoute(intake: IntakeCase): Route {
  if (intake.wantsHandover) return 'handover';
  const zelf = meetlatAntwoord(intake.meetlat.zelf);
  const regieKwijt = meetlatAntwoord(intake.meetlat.regieKwijt);
  const netwerk = meetlatAntwoord(intake.meetlat.netwerk);
  const severalDomains = (intake.levensgebieden?.length ?? 0) >= 2;
  if (severalDomains || regieKwijt === 'ja' || netwerk === 'nee' || zelf === 'nee') return 'handover';
  return 'information';
}

import type { Analysis } from '../bot/analyser/analyser.js';
import { doelgroepWithRole } from '../bot/kaart/roles.js';
import { LEVENSGEBIED_IDS, type LevensgebiedId, type SocialeKaart } from '../bot/kaart/schema.js';

const MAX_PROPOSED = 3;
const MAX_GROUPS = 2;
// A second or third topic is proposed only if it is nearly as clear as the first.
const SHARE_OF_TOP = 0.5;

/** The levensgebieden to propose for confirmation: the clear ones, best first, never "anders". */
export function proposedLevensgebieden(analysis: Analysis): LevensgebiedId[] {
  const top = analysis.levensgebieden[0]?.score ?? 0;
  if (top <= 0) return [];
  return analysis.levensgebieden
    .filter((match) => match.score >= top * SHARE_OF_TOP && match.id !== 'anders')
    .flatMap((match) => LEVENSGEBIED_IDS.filter((id) => id === match.id))
    .slice(0, MAX_PROPOSED);
}

/**
 * The doelgroepen the message itself mentions, without the mantelzorger's: whether the resident
 * asks for someone close is "for whom", not a group they say they belong to.
 */
export function proposedDoelgroepen(analysis: Analysis, kaart: SocialeKaart): string[] {
  const mantelzorger = doelgroepWithRole(kaart, 'mantelzorger');
  return analysis.doelgroepen
    .filter((match) => match.score > 0 && match.id !== mantelzorger)
    .map((match) => match.id)
    .slice(0, MAX_GROUPS);
}

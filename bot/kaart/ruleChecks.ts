import { DOELGROEP_ROLLEN, type SocialeKaart } from './schema.js';
import type { FoundProblem } from './referenceChecks.js';
import { ANDERS_REGEL } from './verwijzingSchema.js';

type Path = FoundProblem['path'];
type Report = (path: Path, message: string) => void;

/** Each role the code asks for is held by exactly one doelgroep. */
export function checkRoles(kaart: SocialeKaart, error: Report): void {
  for (const rol of DOELGROEP_ROLLEN) {
    const holders = kaart.doelgroepen.flatMap((groep, index) => (groep.rol === rol ? [index] : []));
    if (holders.length === 0) {
      error(['doelgroepen'], `geen doelgroep heeft rol: ${rol}; zet die bij precies één doelgroep`);
    }
    for (const index of holders.slice(1)) {
      error(
        ['doelgroepen', index, 'rol'],
        `rol "${rol}" staat al bij een eerdere doelgroep; één doelgroep per rol`,
      );
    }
  }
}

/**
 * The referral rule: unique rule ids (and none called "anders"), doelgroepen that exist, and a
 * warning for rules that can never be reached behind one that always holds.
 */
export function checkVerwijzing(
  kaart: SocialeKaart,
  report: { error: Report; warning: Report; knownDoelgroep: (path: Path, id: string) => void },
): void {
  const seen = new Set<string>();
  let alwaysAt: string | undefined;
  kaart.verwijzing.regels.forEach((regel, index) => {
    const at: Path = ['verwijzing', 'regels', index];
    if (regel.id === ANDERS_REGEL) {
      report.error([...at, 'id'], `"${ANDERS_REGEL}" is de naam van het laatste blok; kies een andere id`);
    } else if (seen.has(regel.id)) {
      report.error([...at, 'id'], `id "${regel.id}" staat al eerder in verwijzing.regels`);
    }
    seen.add(regel.id);
    regel.als.doelgroepen?.forEach((id, i) => report.knownDoelgroep([...at, 'als', 'doelgroepen', i], id));
    if (alwaysAt !== undefined) {
      report.warning(at, `regel "${regel.id}" telt nooit: regel "${alwaysAt}" erboven geldt altijd`);
    } else if (Object.values(regel.als).every((value) => value === undefined)) {
      alwaysAt = regel.id;
    }
  });
}

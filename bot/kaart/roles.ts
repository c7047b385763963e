import type { DOELGROEP_ROLLEN, SocialeKaart } from './schema.js';

export type DoelgroepRol = (typeof DOELGROEP_ROLLEN)[number];

/**
 * The id of the doelgroep that holds `rol` in this kaart: the code names roles, the kaart names
 * its own ids (`kaart check` makes sure each role is held by exactly one doelgroep).
 */
export function doelgroepWithRole(kaart: SocialeKaart, rol: DoelgroepRol): string | undefined {
  return kaart.doelgroepen.find((groep) => groep.rol === rol)?.id;
}

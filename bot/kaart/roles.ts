import type { DoelgroepRol, SocialeKaart } from './schema.js';

/**
 * The doelgroep that plays a role the code knows about (such as "mantelzorger"), so code never
 * names a kaart's own ids. `kaart check` makes sure each role is held by exactly one doelgroep.
 */
export function doelgroepWithRole(kaart: SocialeKaart, rol: DoelgroepRol): string | undefined {
  return kaart.doelgroepen.find((groep) => groep.rol === rol)?.id;
}

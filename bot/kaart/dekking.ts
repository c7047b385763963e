import type { Dekking } from './schema.js';

/**
 * Whether a coverage row covers a resident in these doelgroepen: a row for everyone covers
 * every resident, also one whose doelgroep is not known.
 */
export function dekkingCovers(dekking: Dekking, doelgroepen: readonly string[]): boolean {
  if (dekking.voorIedereen === true) return true;
  return (dekking.doelgroepen ?? []).some((groep) => doelgroepen.includes(groep));
}

/** The doelgroepen a row names for themselves; none for a row that covers everyone. */
export function specificDoelgroepen(dekking: Dekking): readonly string[] {
  return dekking.voorIedereen === true ? [] : (dekking.doelgroepen ?? []);
}

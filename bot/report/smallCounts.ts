/**
 * Small-count suppression. A report on a few residents in one cell (three people with
 * brain injury and debts, in a small town) could point at someone, so counts from 1 to 4
 * are shown as "<5". Zero stays zero: it says nobody came, which points at no one.
 */
export const SMALL_COUNT = 5;
export const SUPPRESSED = '<5';
/** Shown where a count is hidden only so that a "<5" beside it cannot be worked back from a total. */
export const HIDDEN = '•';

export function shownCount(count: number): string {
  return count > 0 && count < SMALL_COUNT ? SUPPRESSED : String(count);
}

/**
 * A total and its parts (handovers in a cell, per provider). If exactly one part is small,
 * total minus the others would reveal it, so the smallest other non-zero part is hidden too.
 */
export function shownParts(total: number, parts: readonly number[]): string[] {
  const shown = parts.map(shownCount);
  const small = parts.filter((part) => part > 0 && part < SMALL_COUNT).length;
  if (small !== 1 || total < SMALL_COUNT) return shown;
  const candidates = parts
    .map((part, index) => ({ part, index }))
    .filter(({ part }) => part >= SMALL_COUNT)
    .sort((a, b) => a.part - b.part);
  const second = candidates[0];
  if (second) shown[second.index] = HIDDEN;
  return shown;
}

/**
 * The order for "highest demand first" that gives nothing away: all small counts weigh the
 * same, so the order of two "<5" items does not tell which is larger.
 */
export function demandWeight(count: number): number {
  return count > 0 && count < SMALL_COUNT ? 1 : count;
}

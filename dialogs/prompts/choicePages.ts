import type { ChoiceOption } from './choiceOption.js';

/** Buttons on screen at once: more push the question out of view on a phone. */
export const MAX_BUTTONS = 5;

/** The part of `options` shown on `page`, and whether a next page follows. */
export function pageOf(
  options: readonly ChoiceOption[],
  always: readonly ChoiceOption[],
  page: number,
): { shown: ChoiceOption[]; more: boolean } {
  const room = MAX_BUTTONS - always.length;
  // The last page has room for one more: it needs no "Iets anders".
  let start = 0;
  for (let index = 0; index < page; index += 1) start += room - 1;
  const rest = options.slice(start);
  if (rest.length <= room) return { shown: [...rest, ...always], more: false };
  return { shown: [...rest.slice(0, room - 1), ...always], more: true };
}

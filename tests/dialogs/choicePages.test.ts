import { describe, expect, it } from 'vitest';
import { MAX_BUTTONS, pageOf } from '../../dialogs/prompts/choicePages.js';

const options = Array.from({ length: 11 }, (_, index) => ({ id: `g${index}`, label: `Groep ${index}` }));
const geen = { id: 'geen', label: 'Geen van deze' };

describe('a long list of choices, a few at a time', () => {
  it('shows the likeliest few, the fixed choices and room for "Iets anders", never more than five buttons', () => {
    const first = pageOf(options, [geen], 0);
    expect(first.more).toBe(true);
    expect(first.shown.map((option) => option.id)).toEqual(['g0', 'g1', 'g2', 'geen']);
    expect(first.shown.length + 1).toBeLessThanOrEqual(MAX_BUTTONS);
  });

  it('pages through every choice exactly once, and the last page needs no "Iets anders"', () => {
    const seen: string[] = [];
    let page = 0;
    for (;;) {
      const { shown, more } = pageOf(options, [geen], page);
      expect(shown.length + (more ? 1 : 0)).toBeLessThanOrEqual(MAX_BUTTONS);
      seen.push(...shown.filter((option) => option.id !== 'geen').map((option) => option.id));
      if (!more) break;
      page += 1;
    }
    expect(seen).toEqual(options.map((option) => option.id));
  });

  it('shows a short list whole', () => {
    const { shown, more } = pageOf(options.slice(0, 4), [geen], 0);
    expect(more).toBe(false);
    expect(shown).toHaveLength(5);
  });
});

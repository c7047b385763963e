import { describe, expect, it } from 'vitest';
import { dutchStems } from '../../bot/analyser/dutchStem.js';

describe('dutchStems', () => {
  it.each([
    ['bewegen', ['beweeg']],
    ['slapen', ['slaap']],
    ['betalen', ['betaal']],
    ['buren', ['buur']],
    ['verhuizen', ['verhuis']],
    ['leven', ['leef']],
    ['bellen', ['bel']],
    ['schulden', ['schuld']],
    ['spijbelen', ['spijbel', 'spijbeel']],
    ['ouderen', []],
    ['kinderen', []],
    ['meedoen', []],
    ['school', []],
  ])('%s → %j', (word, stems) => {
    expect(dutchStems(word)).toEqual(stems);
  });
});

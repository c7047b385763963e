import { describe, expect, it } from 'vitest';
import { type IntakeCase, newCase } from '../../bot/intake/intakeCase.js';
import { nextNeed } from '../../bot/intake/nextNeed.js';
import { sampleKaart } from '../support/sampleKaart.js';

const kaart = sampleKaart();
const intake = (fields: Partial<IntakeCase>): IntakeCase => ({ ...newCase('c', new Date()), ...fields });

describe('only what is unknown and could change the outcome is asked', () => {
  it.each<[string, Partial<IntakeCase>, string | undefined]>([
    ['nothing known: the rule asks first whether grip is lost', { levensgebieden: ['zorg-wmo'] }, 'regie'],
    [
      'information decided: nothing more, not even the group',
      { levensgebieden: ['zorg-wmo'], meetlat: { regieKwijt: 'nee', zelf: 'ja' } },
      undefined,
    ],
    [
      'a handover without the group: the group, as it changes the providers',
      { levensgebieden: ['inkomen-schulden'], meetlat: { regieKwijt: 'ja' } },
      'doelgroepen',
    ],
    [
      'LVB and debts: the moment, as the raadslieden help only from applying on',
      {
        levensgebieden: ['inkomen-schulden'],
        doelgroepen: ['lvb'],
        voorWie: 'zelf',
        meetlat: { regieKwijt: 'ja' },
      },
      'moment',
    ],
    [
      'a moment the resident did not know is not asked again',
      {
        levensgebieden: ['inkomen-schulden'],
        doelgroepen: ['lvb'],
        voorWie: 'zelf',
        meetlat: { regieKwijt: 'ja' },
        momentOnbekend: true,
      },
      undefined,
    ],
    [
      'work without a group, grip lost: a gap whatever the moment, so nothing more is asked',
      { levensgebieden: ['werken'], doelgroepen: [], meetlat: { regieKwijt: 'ja' } },
      undefined,
    ],
  ])('%s', (_, fields, expected) => {
    expect(nextNeed(kaart, intake({ meetlat: {}, ...fields }))).toBe(expected);
  });
});

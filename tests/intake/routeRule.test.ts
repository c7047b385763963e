import { describe, expect, it } from 'vitest';
import { type IntakeCase, type Meetlat, newCase } from '../../bot/intake/intakeCase.js';
import { decideRoute } from '../../bot/intake/route.js';
import type { LevensgebiedId } from '../../bot/kaart/schema.js';
import { sampleKaart } from '../support/sampleKaart.js';

const kaart = sampleKaart();
const intake = (
  levensgebieden: LevensgebiedId[],
  meetlat: Meetlat = {},
  extra: Partial<IntakeCase> = {},
): IntakeCase => ({ ...newCase('c', new Date()), levensgebieden, meetlat, ...extra });
const decided = (route: 'information' | 'handover', regel: string) => ({ status: 'besloten', route, regel });
const asks = (vraag: string) => ({ status: 'vragen', vraag });

describe("the kaart's referral rule: timely, not too early and not too late", () => {
  it.each<[string, IntakeCase, object]>([
    ['one domain, nothing known yet: first whether grip is lost', intake(['zorg-wmo']), asks('regie')],
    [
      'grip kept: then whether they can arrange it',
      intake(['zorg-wmo'], { regieKwijt: 'nee' }),
      asks('zelf'),
    ],
    [
      'can arrange it: information, whatever else',
      intake(['zorg-wmo'], { regieKwijt: 'nee', zelf: 'ja' }),
      decided('information', 'zelf-regelen'),
    ],
    [
      '"een beetje" grip lost is a handover',
      intake(['wonen'], { regieKwijt: 'deels' }),
      decided('handover', 'regie-kwijt'),
    ],
    [
      'not alone, no group known: the group is asked',
      intake(['wonen'], { regieKwijt: 'nee', zelf: 'nee' }),
      asks('doelgroepen'),
    ],
    [
      'not alone, with a limitation: handover',
      intake(['wonen'], { regieKwijt: 'nee', zelf: 'nee' }, { doelgroepen: ['lvb'] }),
      decided('handover', 'beperking'),
    ],
    [
      'rent next to debts is one question: with help around, information',
      intake(
        ['wonen', 'inkomen-schulden'],
        { regieKwijt: 'nee', zelf: 'deels', netwerk: 'ja' },
        { doelgroepen: [] },
      ),
      decided('information', 'anders'),
    ],
    [
      'two different domains and not alone: handover',
      intake(['werken', 'inkomen-schulden'], { regieKwijt: 'nee', zelf: 'nee' }, { doelgroepen: [] }),
      decided('handover', 'meerdere-vragen'),
    ],
    [
      '"weet ik niet" is never a no: whether someone helps is asked',
      intake(['wonen'], { regieKwijt: 'nee', zelf: 'weet-niet' }, { doelgroepen: [] }),
      asks('netwerk'),
    ],
    [
      'nobody helps: handover',
      intake(['wonen'], { regieKwijt: 'nee', zelf: 'weet-niet', netwerk: 'nee' }, { doelgroepen: [] }),
      decided('handover', 'geen-steun'),
    ],
    [
      'asked for it: handover at once',
      intake(['wonen'], {}, { wantsHandover: true }),
      decided('handover', 'gevraagd'),
    ],
    [
      'a meetlat answer saved as a boolean still counts',
      intake(['wonen'], { regieKwijt: true as unknown as 'ja' }),
      decided('handover', 'regie-kwijt'),
    ],
  ])('%s', (_, fields, expected) => {
    expect(decideRoute(kaart, fields)).toMatchObject(expected);
  });

  it('tells the resident in one sentence why, in their language', () => {
    const decision = decideRoute(kaart, intake(['wonen'], { regieKwijt: 'ja' }));
    expect(decision.status === 'besloten' && decision.uitleg.nl).toMatch(/grip/);
    expect(decision.status === 'besloten' && decision.uitleg.en).toMatch(/grip/);
  });
});

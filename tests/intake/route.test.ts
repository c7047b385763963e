import { describe, expect, it } from 'vitest';
import { type IntakeCase, type Meetlat, newCase } from '../../bot/intake/intakeCase.js';
import { type RouteDecision, decideRoute, questionCount } from '../../bot/intake/route.js';
import type { SocialeKaart } from '../../bot/kaart/schema.js';
import { sampleKaart } from '../support/sampleKaart.js';

const kaart = sampleKaart();
const intake = (fields: Partial<IntakeCase>): IntakeCase => ({ ...newCase('c', new Date()), ...fields });
/** The decision without its sentence: route and rule, or the question to ask. */
const shortly = (decision: RouteDecision) =>
  decision.status === 'besloten' ? `${decision.route} (${decision.regel})` : `vraag ${decision.vraag}`;

describe("the kaart's referral rule decides the route, or names the one question that could change it", () => {
  const cases: [string, Partial<IntakeCase>, string][] = [
    [
      'one domain, nothing known yet: first whether grip is lost',
      { levensgebieden: ['wonen'] },
      'vraag regie',
    ],
    [
      'asked for a person, nothing else known',
      { levensgebieden: ['wonen'], wantsHandover: true },
      'handover (gevraagd)',
    ],
    [
      'huur and schulden count as one question: no group, can arrange it, grip kept',
      {
        levensgebieden: ['wonen', 'inkomen-schulden'],
        doelgroepen: [],
        meetlat: { zelf: 'ja', regieKwijt: 'nee' },
      },
      'information (zelf-regelen)',
    ],
    [
      'huur and schulden, can arrange it, grip not asked: grip could still mean a handover',
      { levensgebieden: ['wonen', 'inkomen-schulden'], doelgroepen: [], meetlat: { zelf: 'ja' } },
      'vraag regie',
    ],
    [
      'partly lost grip is a handover, whatever else is unknown',
      { levensgebieden: ['wonen'], doelgroepen: [], meetlat: { regieKwijt: 'deels' } },
      'handover (regie-kwijt)',
    ],
    [
      'two separate questions and not able alone',
      { levensgebieden: ['werken', 'participatie'], doelgroepen: [], meetlat: { zelf: 'nee' } },
      'handover (meerdere-vragen)',
    ],
    [
      'two questions, "weet ik niet" whether they can do it alone',
      {
        levensgebieden: ['werken', 'participatie'],
        doelgroepen: [],
        meetlat: { zelf: 'weet-niet', regieKwijt: 'nee' },
      },
      'handover (meerdere-vragen)',
    ],
    [
      'LVB, grip kept: whether they can do it alone decides',
      { levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], meetlat: { regieKwijt: 'nee' } },
      'vraag zelf',
    ],
    [
      'LVB and only partly able alone',
      { levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], meetlat: { zelf: 'deels' } },
      'handover (beperking)',
    ],
    [
      'LVB and able alone, grip kept: information first (not too early)',
      {
        levensgebieden: ['inkomen-schulden'],
        doelgroepen: ['lvb'],
        meetlat: { zelf: 'ja', regieKwijt: 'nee' },
      },
      'information (zelf-regelen)',
    ],
    [
      'one question, not able alone, but someone helps',
      {
        levensgebieden: ['wonen'],
        doelgroepen: [],
        meetlat: { zelf: 'nee', regieKwijt: 'nee', netwerk: 'ja' },
      },
      'information (anders)',
    ],
    [
      'one question, partly able alone, not asked who helps',
      { levensgebieden: ['wonen'], doelgroepen: [], meetlat: { zelf: 'deels', regieKwijt: 'nee' } },
      'vraag netwerk',
    ],
    [
      'no one knows of anyone who helps',
      {
        levensgebieden: ['wonen'],
        doelgroepen: [],
        meetlat: { zelf: 'deels', regieKwijt: 'nee', netwerk: 'weet-niet' },
      },
      'handover (geen-steun)',
    ],
    [
      'answers stored as booleans before answers had degrees',
      {
        levensgebieden: ['wonen'],
        doelgroepen: [],
        meetlat: { zelf: false, regieKwijt: true } as unknown as Meetlat,
      },
      'handover (regie-kwijt)',
    ],
  ];
  it.each(cases)('%s', (_name, fields, expected) => {
    expect(shortly(decideRoute(kaart, intake(fields)))).toBe(expected);
  });

  it("gives the rule's own sentence for the resident, in both languages", () => {
    const decision = decideRoute(kaart, intake({ levensgebieden: ['wonen'], wantsHandover: true }));
    const regel = kaart.verwijzing.regels.find((item) => item.id === 'gevraagd');
    expect(decision).toEqual({
      status: 'besloten',
      route: 'handover',
      regel: 'gevraagd',
      uitleg: regel?.uitleg,
    });
  });

  it('never reads "weet ik niet" as no', () => {
    const strict: SocialeKaart = {
      ...kaart,
      verwijzing: {
        samen: [],
        regels: [
          { id: 'kan-niet', als: { zelf: ['nee'] }, uitkomst: 'overdracht', uitleg: { nl: 'a', en: 'a' } },
        ],
        anders: { uitkomst: 'informatie', uitleg: { nl: 'b', en: 'b' } },
      },
    };
    const at = (zelf: Meetlat['zelf']) => shortly(decideRoute(strict, intake({ meetlat: { zelf } })));
    expect(at('nee')).toBe('handover (kan-niet)');
    expect(at('weet-niet')).toBe('information (anders)');
    expect(at(undefined)).toBe('vraag zelf');
  });

  it('asks nothing when every possible outcome is the same', () => {
    const allHandover: SocialeKaart = {
      ...kaart,
      verwijzing: {
        samen: [],
        regels: [
          {
            id: 'groep',
            als: { doelgroepen: ['lvb'] },
            uitkomst: 'overdracht',
            uitleg: { nl: 'a', en: 'a' },
          },
        ],
        anders: { uitkomst: 'overdracht', uitleg: { nl: 'b', en: 'b' } },
      },
    };
    expect(shortly(decideRoute(allHandover, intake({})))).toBe('handover (anders)');
  });

  it('counts levensgebieden in one "samen" group, and groups sharing one, as one question', () => {
    expect(questionCount(['wonen', 'inkomen-schulden', 'werken'], [['wonen', 'inkomen-schulden']])).toBe(2);
    expect(
      questionCount(
        ['wonen', 'werken', 'inkomen-schulden'],
        [
          ['wonen', 'inkomen-schulden'],
          ['inkomen-schulden', 'werken'],
        ],
      ),
    ).toBe(1);
    expect(questionCount([], [['wonen', 'inkomen-schulden']])).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { parseKaart } from '../../bot/kaart/parseKaart.js';
import { SAMPLE_KAART_TEXT, editSample, placeOf } from '../support/kaartEdits.js';
import { BILLION_LAUGHS, isAliasAt } from './hostileKaarten.js';

const TODAY = new Date('2026-11-24T12:00:00Z');
const parse = (text: string) => parseKaart(text, { today: TODAY });

describe('parseKaart on the sample kaart', () => {
  it('accepts the sample, with only the deliberately stale provider as a warning', () => {
    const { kaart, problems } = parse(SAMPLE_KAART_TEXT);
    expect(kaart?.gemeente.naam).toBe('Gemeente Voorbeeld');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', ...placeOf(SAMPLE_KAART_TEXT, '2025-06-12') });
    expect(problems[0]?.message).toContain('VluchtelingenWerk Voorbeeld');
  });
});

describe('parseKaart reports each mistake where it stands', () => {
  const cases: { name: string; from: string; to: string; at: string; after?: string; says: RegExp }[] = [
    {
      name: 'an unknown doelgroep in a coverage cell, with a suggestion',
      from: 'doelgroepen: [lvb, nah, lichamelijke-beperking]',
      to: 'doelgroepen: [lvb, nah, lichamelijke-beperkingen]',
      at: 'lichamelijke-beperkingen',
      says: /doelgroep "lichamelijke-beperkingen" bestaat niet.*bedoel je "lichamelijke-beperking"/,
    },
    {
      name: 'a malformed phone number',
      from: 'telefoon: "0900 123 4567"',
      to: 'telefoon: "bel ons maar"',
      at: '"bel ons maar"',
      says: /geen geldig telefoonnummer/,
    },
    {
      name: 'a malformed e-mail address',
      from: 'email: info@mee-voorbeeld.nl',
      to: 'email: info-at-mee-voorbeeld.nl',
      at: 'info-at-mee-voorbeeld.nl',
      says: /geen geldig e-mailadres/,
    },
    {
      name: 'a web address without https',
      from: 'website: https://www.mee-voorbeeld.nl',
      to: 'website: www.mee-voorbeeld.nl',
      at: 'www.mee-voorbeeld.nl',
      says: /geen geldig webadres/,
    },
    {
      name: 'an unknown levensgebied id, with a suggestion',
      from: '      - levensgebieden: [jeugdzorg, onderwijs]',
      to: '      - levensgebieden: [jeugdzorg, onderwjis]',
      at: 'onderwjis',
      says: /"onderwjis" kan hier niet; bedoel je "onderwijs"/,
    },
    {
      name: 'a duplicate provider id',
      from: '  - id: jeugdstem',
      to: '  - id: mee-voorbeeld',
      at: 'mee-voorbeeld',
      after: '  - id: sociaal-raadslieden',
      says: /id "mee-voorbeeld" staat al eerder in aanbieders/,
    },
    {
      name: 'a provider with coverage but nowhere to send handovers',
      from: '    overdracht:\n      email: hallo@jeugdstem.nl\n      reactieBinnenWerkdagen: 3\n',
      to: '',
      at: 'dekking:',
      after: '  - id: jeugdstem',
      says: /"Stichting Jeugdstem" heeft dekking, maar nergens om overdrachten heen te sturen/,
    },
    {
      name: 'an impossible date',
      from: 'gecontroleerd: 2026-09-15',
      to: 'gecontroleerd: 2026-02-30',
      at: '2026-02-30',
      says: /schrijf een datum als JJJJ-MM-DD/,
    },
    {
      name: 'a word pattern without letters',
      from: '[=wonen, woning,',
      to: '[=wonen, "!!", woning,',
      at: '"!!"',
      says: /bevat geen letters of cijfers/,
    },
    {
      name: 'a concept pair with an empty part',
      from: 'pillen ingenomen, afscheidsbrief,',
      to: 'pillen ingenomen, "afscheidsbrief + !!",',
      at: '"afscheidsbrief + !!"',
      says: /"!!" bevat geen letters of cijfers \(in "afscheidsbrief \+ !!"\)/,
    },
    {
      name: 'closing time before opening time',
      from: '        van: "08:30"\n        tot: "12:30"',
      to: '        van: "08:30"\n        tot: "07:30"',
      at: '"07:30"',
      says: /sluitingstijd 07:30 ligt niet na openingstijd 08:30/,
    },
    {
      name: 'a coverage row for everyone that also names doelgroepen',
      from: '        voorIedereen: true\n        momenten: [toegang, tijdens-zorg]',
      to: '        voorIedereen: true\n        doelgroepen: [jeugd]\n        momenten: [toegang, tijdens-zorg]',
      at: 'true',
      after: '# Het wijkteam is er ook',
      says: /noem doelgroepen óf zet voorIedereen: true, niet allebei/,
    },
    {
      name: 'a coverage row with neither doelgroepen nor voorIedereen',
      from: '      - levensgebieden: [inkomen-schulden]\n        voorIedereen: true\n',
      to: '      - levensgebieden: [inkomen-schulden]\n',
      at: 'levensgebieden: [inkomen-schulden]',
      after: '  - id: schuldhulp-voorbeeld',
      says: /noem de doelgroepen van deze dekking, of zet voorIedereen: true/,
    },
    {
      name: 'a referral rule id used twice',
      from: '    - id: geen-steun',
      to: '    - id: gevraagd',
      at: 'gevraagd',
      after: '    - id: zelf-regelen',
      says: /id "gevraagd" staat al eerder in verwijzing\.regels/,
    },
    {
      name: 'a referral rule called "anders"',
      from: '    - id: geen-steun',
      to: '    - id: anders',
      at: 'anders',
      after: '    - id: zelf-regelen',
      says: /"anders" is de naam van het laatste blok/,
    },
    {
      name: 'an unknown doelgroep in a referral rule, with a suggestion',
      from: 'zintuiglijke-beperking, dementie, psychische-problemen]',
      to: 'zintuiglijke-beperking, dementia, psychische-problemen]',
      at: 'dementia',
      after: '    - id: beperking',
      says: /doelgroep "dementia" bestaat niet.*bedoel je "dementie"/,
    },
    {
      name: 'a meetlat answer that does not exist',
      from: 'als: { regie: [ja, deels] }',
      to: 'als: { regie: [ja, soms] }',
      at: 'soms',
      after: '    - id: regie-kwijt',
      says: /"soms" kan hier niet; kies uit: ja, deels, nee, weet-niet/,
    },
    {
      name: 'an outcome that does not exist',
      from: '      als: { netwerk: [nee, weet-niet] }\n      uitkomst: overdracht',
      to: '      als: { netwerk: [nee, weet-niet] }\n      uitkomst: doorverwijzen',
      at: 'doorverwijzen',
      says: /"doorverwijzen" kan hier niet/,
    },
    {
      name: 'a rule without its English sentence',
      from: '        en: There is no one helping you right now; a client supporter can stand by you.\n',
      to: '',
      at: 'nl: Er is nu niemand',
      says: /"en" ontbreekt/,
    },
    {
      name: 'a role held by two doelgroepen',
      from: '  - id: jeugd\n',
      to: '  - id: jeugd\n    rol: mantelzorger\n',
      at: 'mantelzorger',
      after: '  - id: jeugd\n',
      says: /rol "mantelzorger" staat al bij een eerdere doelgroep/,
    },
    {
      name: 'a role the code needs that no doelgroep holds',
      from: '    rol: mantelzorger\n',
      to: '',
      at: 'doelgroepen:',
      after: '  - id: anders\n',
      says: /geen doelgroep heeft rol: mantelzorger/,
    },
  ];

  it.each(cases)('$name', ({ from, to, at, after, says }) => {
    const text = editSample(from, to);
    const { kaart, problems } = parse(text);
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(kaart).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(says);
    expect(errors[0]).toMatchObject(placeOf(text, at, after));
  });

  it('reports a missing "anders" of the referral rule, and the misspelt one with its right name', () => {
    const text = editSample('  anders:\n    uitkomst: informatie\n', '  anderz:\n    uitkomst: informatie\n');
    const { kaart, problems } = parse(text);
    expect(kaart).toBeNull();
    expect(problems.map((problem) => problem.message).sort()).toEqual([
      '"anders" ontbreekt',
      'onbekend veld "anderz"; bedoel je "anders"?',
    ]);
  });

  it('warns about referral rules that can never count, below one that always holds', () => {
    const text = editSample('als: { zelf: [ja] }', 'als: {}');
    const { kaart, problems } = parse(text);
    expect(kaart).not.toBeNull();
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: 'regel "geen-steun" telt nooit: regel "zelf-regelen" erboven geldt altijd',
        ...placeOf(text, 'id: geen-steun'),
      }),
    );
  });

  it('reports a misspelt field name at the field, with the name it should be', () => {
    const text = editSample('    gecontroleerd: 2026-09-15', '    gecontroleert: 2026-09-15');
    const errors = parse(text).problems;
    expect(errors).toContainEqual(
      expect.objectContaining({
        message: 'onbekend veld "gecontroleert"; bedoel je "gecontroleerd"?',
        ...placeOf(text, 'gecontroleert'),
      }),
    );
    expect(errors.map((error) => error.message)).toContain('"gecontroleerd" ontbreekt');
  });

  it('reports a YAML syntax error with its line', () => {
    const text = editSample('  naam: Gemeente Voorbeeld', '  naam: "Gemeente Voorbeeld');
    const { kaart, problems } = parse(text);
    expect(kaart).toBeNull();
    expect(problems[0]?.message).toMatch(/ontbreekt|teken|opmaak/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(placeOf(text, '"Gemeente Voorbeeld').line);
  });

  it('reports a key written twice in one block', () => {
    const text = editSample(
      '  naam: Gemeente Voorbeeld\n',
      '  naam: Gemeente Voorbeeld\n  naam: Gemeente Anders\n',
    );
    const { problems } = parse(text);
    expect(problems[0]).toMatchObject({
      message: expect.stringMatching(/twee keer/),
      line: placeOf(text, 'naam: Gemeente Anders').line,
    });
  });

  it('reports a required levensgebied that was removed', () => {
    const start = SAMPLE_KAART_TEXT.indexOf('  - id: zingeving\n');
    const end = SAMPLE_KAART_TEXT.indexOf('  - id: anders\n');
    const text = SAMPLE_KAART_TEXT.slice(0, start) + SAMPLE_KAART_TEXT.slice(end);
    const { kaart, problems } = parse(text);
    expect(kaart).toBeNull();
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({
        message: 'levensgebied "zingeving" ontbreekt in levensgebieden',
        ...placeOf(text, 'levensgebieden:'),
      }),
    ]);
  });

  it('warns about a record not checked for over a year, without rejecting the kaart', () => {
    const { kaart, problems } = parseKaart(SAMPLE_KAART_TEXT, { today: new Date('2027-12-01T00:00:00Z') });
    expect(kaart).not.toBeNull();
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });
});

describe('parseKaart on a file written to hurt it', () => {
  const errorsOf = (text: string) => {
    const { kaart, problems } = parse(text);
    expect(kaart).toBeNull();
    return problems.filter((problem) => problem.severity === 'error');
  };

  it('reports a "billion laughs" of aliases at the alias that goes over the limit', () => {
    const [error, ...rest] = errorsOf(BILLION_LAUGHS);
    expect(rest).toEqual([]);
    expect(error?.message).toMatch(/alias/);
    expect(isAliasAt(BILLION_LAUGHS, error!)).toBe(true);
  });

  it('reports an alias without its anchor, and one inside its own anchor, at the alias', () => {
    for (const text of [
      editSample('versie: "2026.11"', 'versie: *nergens'),
      editSample('versie: "2026.11"', 'versie: "2026.11"\nlus: &lus [een, *lus]'),
    ]) {
      const errors = errorsOf(text);
      expect(errors.some((error) => isAliasAt(text, error))).toBe(true);
    }
  });

  it('keeps the version short: a long versie is an error at its place', () => {
    const text = editSample('versie: "2026.11"', `versie: "${'9'.repeat(65)}"`);
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({ message: 'te lang: hoogstens 64 tekens', ...placeOf(text, '"999') }),
    ]);
  });

  it('limits the length of every free text, at its place', () => {
    const text = editSample('  naam: Gemeente Voorbeeld', `  naam: Gemeente ${'Voorbeeld'.repeat(100)}`);
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({
        message: 'te lang: hoogstens 200 tekens',
        ...placeOf(text, 'Gemeente VoorbeeldVoorbeeld'),
      }),
    ]);
  });

  it('quotes a long wrong value or field name only in part', () => {
    const long = 'x'.repeat(100_000);
    for (const text of [
      editSample('versie: "2026.11"', `versie: "2026.11"\n${long}: 1`),
      editSample('      - levensgebieden: [jeugdzorg, onderwijs]', `      - levensgebieden: [${long}]`),
    ]) {
      const errors = errorsOf(text);
      expect(errors).not.toEqual([]);
      for (const error of errors) expect(error.message).not.toContain('x'.repeat(41));
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Messages } from '../../bot/berichten/messages.js';
import { parseContactDetails } from '../../bot/intake/contactDetails.js';
import { type IntakeCase, newCase } from '../../bot/intake/intakeCase.js';
import { caseDoelgroepen, matchingAanbieders, momentMatters } from '../../bot/intake/matchProviders.js';
import { doelgroepWithRole } from '../../bot/kaart/roles.js';
import { isOpen } from '../../bot/intake/openingHours.js';
import { CommandRecognizer } from '../../dialogs/commands.js';
import { MESSAGES } from '../support/botServer.js';
import { sampleKaart } from '../support/sampleKaart.js';

const intake = (fields: Partial<IntakeCase>): IntakeCase => ({ ...newCase('c', new Date()), ...fields });

describe('matching providers against Schema 1', () => {
  const kaart = sampleKaart();
  const ids = (fields: Partial<IntakeCase>) =>
    matchingAanbieders(kaart, intake(fields)).map((aanbieder) => aanbieder.id);

  it('matches levensgebied × doelgroep × moment, and counts a resident caring for someone as mantelzorger', () => {
    expect(ids({ levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], moment: 'toegang' })).toEqual([
      'mee-voorbeeld',
      'sociaal-raadslieden',
      'wijkteam-voorbeeld',
      'schuldhulp-voorbeeld',
    ]);
    expect(ids({ levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], moment: 'reflectie' })).toEqual([
      'mee-voorbeeld',
      'schuldhulp-voorbeeld',
    ]);
    expect(
      ids({ levensgebieden: ['zingeving'], voorWie: 'naaste', doelgroepen: [], moment: 'reflectie' }),
    ).toEqual(['mantelzorgpunt-voorbeeld']);
  });

  it('lets a row for everyone cover a resident without a doelgroep, but only where and when it says', () => {
    expect(ids({ levensgebieden: ['wonen'], doelgroepen: [], moment: 'toegang' })).toEqual([
      'wijkteam-voorbeeld',
    ]);
    expect(ids({ levensgebieden: ['inkomen-schulden'], moment: 'reflectie' })).toEqual([
      'schuldhulp-voorbeeld',
    ]);
    expect(
      ids({ levensgebieden: ['wonen'], doelgroepen: [], moment: 'reflectie' }),
      'wonen is covered for everyone only at toegang and tijdens-zorg: still a gap',
    ).toEqual([]);
    expect(
      ids({ levensgebieden: ['zingeving'], doelgroepen: [], moment: 'toegang' }),
      'no row: a gap',
    ).toEqual([]);
  });

  it("puts a provider covering the resident's own doelgroep before one that covers everyone", () => {
    // The wijkteam covers both questions for everyone; MEE covers both for LVB, the raadslieden one.
    expect(
      ids({ levensgebieden: ['wonen', 'inkomen-schulden'], doelgroepen: ['lvb'], moment: 'toegang' }),
    ).toEqual(['mee-voorbeeld', 'sociaal-raadslieden', 'wijkteam-voorbeeld', 'schuldhulp-voorbeeld']);
    // Psychische problemen: the wijkteam also has a row for them, so it ranks as specific.
    expect(
      ids({ levensgebieden: ['inkomen-schulden'], doelgroepen: ['psychische-problemen'], moment: 'toegang' }),
    ).toEqual(['wijkteam-voorbeeld', 'zelfregie-ggz', 'schuldhulp-voorbeeld']);
  });

  it('says whether the moment question could change the providers offered', () => {
    const matters = (fields: Partial<IntakeCase>) => momentMatters(kaart, intake(fields));
    expect(
      matters({ levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'] }),
      'raadslieden not at reflectie',
    ).toBe(true);
    expect(matters({ levensgebieden: ['wonen'], doelgroepen: [] }), 'wijkteam not at reflectie').toBe(true);
    expect(
      matters({ levensgebieden: ['preventie'], voorWie: 'naaste', doelgroepen: [] }),
      'only the mantelzorgpunt, at every moment',
    ).toBe(false);
    expect(matters({ levensgebieden: ['zingeving'], doelgroepen: [] }), 'nobody at any moment').toBe(false);
    expect(
      matters({ levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], moment: 'toegang' }),
      'an answer already given does not change whether it matters',
    ).toBe(true);
  });

  it('finds the mantelzorger by the role the kaart gives it, not by its id', () => {
    expect(doelgroepWithRole(kaart, 'mantelzorger')).toBe('mantelzorgers');
    const renamed = {
      ...kaart,
      doelgroepen: kaart.doelgroepen.map((groep) => (groep.rol ? { ...groep, id: 'naasten' } : groep)),
    };
    expect(caseDoelgroepen(renamed, intake({ voorWie: 'naaste', doelgroepen: ['ouderen'] }))).toEqual([
      'ouderen',
      'naasten',
    ]);
    const withoutRole = { ...kaart, doelgroepen: kaart.doelgroepen.map(({ rol: _rol, ...groep }) => groep) };
    expect(caseDoelgroepen(withoutRole, intake({ voorWie: 'naaste', doelgroepen: [] }))).toEqual([]);
  });
});

describe('contact details', () => {
  it.each([
    ['bel me op 06-12345678', { soort: 'telefoon', waarde: '06-12345678' }],
    ['+31 6 12345678', { soort: 'telefoon', waarde: '+31 6 12345678' }],
    ['mail naar Jan@Voorbeeld.nl graag', { soort: 'email', waarde: 'jan@voorbeeld.nl' }],
  ])('%s', (text, expected) => {
    expect(parseContactDetails(text)).toEqual(expected);
  });
  it.each(['112', 'weet ik niet', '12345', '0800-0113'])('refuses %s', (text) => {
    expect(parseContactDetails(text)).toBeUndefined();
  });
});

describe('commands', () => {
  const commands = new CommandRecognizer(MESSAGES);
  it.each([
    ['Ik wil graag een medewerker spreken', 'persoon'],
    ['Can I talk to a person please?', 'persoon'],
    ['STOP', 'stop'],
    ['English please', 'naarEngels'],
    ['help', 'hulp'],
    ['opnieuw beginnen', 'opnieuw'],
  ])('%s → %s', (text, command) => {
    expect(commands.recognize(text)).toBe(command);
  });
  it.each(['Mijn medewerker van de thuiszorg komt niet', 'Ik zoek hulp bij mijn schulden', 'ja'])(
    '%s is no command',
    (text) => {
      expect(commands.recognize(text)).toBeUndefined();
    },
  );
});

describe('time', () => {
  it('reads opening hours in Dutch time, whatever the server zone', () => {
    const hours = sampleKaart().gemeente.loket.openingstijden;
    expect(isOpen(hours, new Date('2026-11-24T08:00:00Z'))).toBe(true); // Tuesday 09:00 in Amsterdam
    expect(isOpen(hours, new Date('2026-11-27T12:00:00Z'))).toBe(false); // Friday 13:00
    expect(isOpen(hours, new Date('2026-11-28T10:00:00Z'))).toBe(false); // Saturday
  });
});

describe('message files', () => {
  it('say what is wrong with a translation: a missing key, an unknown key, a lost placeholder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-berichten-'));
    writeFileSync(join(dir, 'nl.yaml'), 'welkom:\n  groet: Hallo {gemeente}\n  onbekend: x\n');
    writeFileSync(join(dir, 'en.yaml'), 'welkom:\n  groet: Hello\n');
    expect(() => Messages.load(dir)).toThrow(
      /nl\.yaml: missing text vraag\.stel[\s\S]*unknown key welkom\.onbekend[\s\S]*welkom\.groet: nl uses \{gemeente\} but en uses \{\}/,
    );
  });
});

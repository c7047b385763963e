import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Messages } from '../../bot/berichten/messages.js';
import { parseContactDetails } from '../../bot/intake/contactDetails.js';
import { type IntakeCase, newCase } from '../../bot/intake/intakeCase.js';
import { matchingAanbieders } from '../../bot/intake/matchProviders.js';
import { CommandRecognizer } from '../../dialogs/commands.js';
import { MESSAGES } from '../support/botServer.js';
import { sampleKaart } from '../support/sampleKaart.js';

const intake = (fields: Partial<IntakeCase>): IntakeCase => ({ ...newCase('c', new Date()), ...fields });

describe('matching providers against Schema 1', () => {
  const kaart = sampleKaart();
  it('matches levensgebied × doelgroep × moment, and counts a resident caring for someone as mantelzorger', () => {
    const ids = (fields: Partial<IntakeCase>) =>
      matchingAanbieders(kaart, intake(fields)).map((aanbieder) => aanbieder.id);
    expect(
      ids({ levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], moment: 'toegang' }),
      "the resident's own doelgroep first, then the rows for everyone",
    ).toEqual(['mee-voorbeeld', 'sociaal-raadslieden', 'wijkteam-voorbeeld', 'schuldhulp-voorbeeld']);
    expect(ids({ levensgebieden: ['inkomen-schulden'], doelgroepen: ['lvb'], moment: 'reflectie' })).toEqual([
      'mee-voorbeeld',
      'schuldhulp-voorbeeld',
    ]);
    expect(
      ids({ levensgebieden: ['zingeving'], voorWie: 'naaste', doelgroepen: [], moment: 'reflectie' }),
    ).toEqual(['mantelzorgpunt-voorbeeld']);
    expect(
      ids({ levensgebieden: ['inkomen-schulden', 'wonen'], doelgroepen: [] }),
      'no doelgroep: the rows for everyone (schuldhulp, the wijkteam)',
    ).toEqual(['wijkteam-voorbeeld', 'schuldhulp-voorbeeld']);
    expect(
      ids({ levensgebieden: ['werken'], doelgroepen: [], moment: 'toegang' }),
      'work without a doelgroep: no cell, a gap',
    ).toEqual([]);
    expect(
      ids({ levensgebieden: ['wonen'], doelgroepen: [], moment: 'reflectie' }),
      'the wijkteam covers everyone only from applying on',
    ).toEqual([]);
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

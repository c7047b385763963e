import { describe, expect, it } from 'vitest';
import { findInformation, informationForGap } from '../../bot/intake/findInformation.js';
import { type IntakeCase, newCase } from '../../bot/intake/intakeCase.js';
import { matchingAanbieders } from '../../bot/intake/matchProviders.js';
import { MOMENT_IDS } from '../../bot/kaart/schema.js';
import { sampleKaart } from '../support/sampleKaart.js';

const kaart = sampleKaart();
const intake = (fields: Partial<IntakeCase>): IntakeCase => ({ ...newCase('c', new Date()), ...fields });
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('information for a gap', () => {
  it("answers each levensgebied once, the item for the resident's doelgroep first", () => {
    expect(
      ids(informationForGap(kaart, intake({ levensgebieden: ['zingeving', 'mobiliteit'], doelgroepen: [] }))),
    ).toEqual(['zingeving-algemeen', 'mobiliteit-algemeen']);
    expect(
      ids(
        informationForGap(
          kaart,
          intake({ levensgebieden: ['zorg-wmo', 'zingeving'], voorWie: 'naaste', doelgroepen: [] }),
        ),
      ),
      'asking for someone close: the mantelzorg item, by role',
    ).toEqual(['zorg-wmo-mantelzorg', 'zingeving-algemeen']);
    // findInformation spends two of its three places on dementia; a gap answers every question.
    const many = intake({
      levensgebieden: ['zorg-ouderen-gehandicapten-ggz', 'wonen', 'zingeving'],
      doelgroepen: ['dementie'],
    });
    expect(ids(findInformation(kaart, many))).toEqual(['zorg-dementie', 'zorg-algemeen', 'wonen-algemeen']);
    expect(ids(informationForGap(kaart, many))).toEqual([
      'zorg-dementie',
      'wonen-algemeen',
      'zingeving-algemeen',
    ]);
  });

  it('has information for every levensgebied and moment where a resident without a doelgroep finds no provider', () => {
    const uncovered: string[] = [];
    for (const gebied of kaart.levensgebieden) {
      for (const moment of MOMENT_IDS) {
        const gap = intake({ levensgebieden: [gebied.id], doelgroepen: [], moment });
        if (matchingAanbieders(kaart, gap).length > 0) continue;
        uncovered.push(`${gebied.id}@${moment}`);
        expect(
          informationForGap(kaart, gap).map((item) => item.levensgebied),
          gebied.id,
        ).toEqual([gebied.id]);
      }
    }
    // The sample's offers for everyone leave these to information alone.
    expect(uncovered).toContain('zingeving@toegang');
    expect(uncovered).not.toContain('inkomen-schulden@reflectie');
  });
});

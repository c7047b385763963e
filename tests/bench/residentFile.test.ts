import { describe, expect, it } from 'vitest';
import { ResidentFileError, parseResidents } from '../../bench/gesprek/residentFile.js';

const valid = {
  id: 'nl-01-voorbeeld',
  taal: 'nl',
  stijl: 'klikt',
  beschrijving: 'Een bewoner',
  verwacht: { uitkomst: 'information' },
  opening: 'Hallo',
  antwoorden: { consent: { klik: ['Ja'] }, 'meetlat-regie': ['soms', { klik: ['Ja'] }] },
  later: { 4: 'ik wil niet meer leven' },
};

describe('a residents file', () => {
  it('reads a valid resident, with antwoorden empty when absent', () => {
    const [resident] = parseResidents(
      [valid, { ...valid, id: 'nl-02', antwoorden: undefined }],
      'f.yaml',
    ).slice(1);
    expect(resident?.antwoorden).toEqual({});
  });

  it('names the resident and the field that is wrong', () => {
    const broken = { ...valid, id: 'nl-02-kapot', verwacht: { uitkomst: 'doorverwijzing' } };
    expect(() => parseResidents([valid, broken], 'bewoners.yaml')).toThrow(
      /bewoners\.yaml:\n.*resident nl-02-kapot \(no\. 2\), field verwacht\.uitkomst/,
    );
  });

  it('refuses a click without fragments, an unknown field and a later that is no message number', () => {
    const broken = { ...valid, antwoorden: { consent: { klik: [] } }, extra: 1, later: { nul: 'x' } };
    const error = (() => {
      try {
        parseResidents([broken], 'f.yaml');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ResidentFileError);
    const message = String((error as Error).message);
    expect(message).toContain('field antwoorden.consent');
    expect(message).toContain('extra');
    expect(message).toContain('field later.nul');
  });

  it('refuses an id that occurs twice', () => {
    expect(() => parseResidents([valid, valid], 'f.yaml')).toThrow(
      'resident nl-01-voorbeeld: the id occurs twice',
    );
  });
});

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kaartJsonSchema } from '../../bot/kaart/jsonSchema.js';
import { KAART_SCHEMA_FILE } from '../../bot/paths.js';
import { SAMPLE_KAART_TEXT, editSample } from '../support/kaartEdits.js';

describe("the JSON Schema for coordinators' editors", () => {
  it('is the one generated from the validator (run `npm run kaart:schema` after changing schema.ts)', () => {
    expect(JSON.parse(readFileSync(KAART_SCHEMA_FILE, 'utf8'))).toEqual(kaartJsonSchema());
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(kaartJsonSchema());

  it('accepts the sample kaart in a standard JSON Schema validator', () => {
    expect(validate(parse(SAMPLE_KAART_TEXT)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lets an editor flag a misspelt levensgebied and an unknown field', () => {
    const edited = editSample(
      '      - levensgebieden: [jeugdzorg, onderwijs]',
      '      - levensgebieden: [jeugdzorg, onderwjis]',
    ).replace('    gecontroleerd: 2026-09-15', '    gecontroleert: 2026-09-15');
    expect(validate(parse(edited))).toBe(false);
    const paths = validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/aanbieders\/\d+\/dekking\/0\/levensgebieden\/1 enum$/),
        expect.stringMatching(/^\/aanbieders\/0 additionalProperties$/),
      ]),
    );
  });
});

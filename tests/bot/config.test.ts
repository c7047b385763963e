import { describe, expect, it } from 'vitest';
import { configFrom } from '../../bot/config.js';
import { SAMPLE_KAART_FILE } from '../../bot/paths.js';

describe('configFrom', () => {
  it('runs on embedded defaults with an empty environment', () => {
    expect(configFrom({})).toEqual({ port: 3978, kaartFile: SAMPLE_KAART_FILE });
  });

  it('treats an empty setting as not set, as .env files leave them', () => {
    expect(configFrom({ PORT: '', KAART_FILE: '' })).toEqual({ port: 3978, kaartFile: SAMPLE_KAART_FILE });
  });

  it('says clearly which setting is wrong', () => {
    expect(() => configFrom({ PORT: 'drieduizend' })).toThrow(
      'PORT must be a whole number from 0 to 65535, not "drieduizend"',
    );
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFrom } from '../../bot/config.js';
import { SAMPLE_KAART_FILE } from '../../bot/paths.js';

const DEFAULTS = {
  port: 3978,
  kaartFile: SAMPLE_KAART_FILE,
  dataDir: resolve('data'),
  retentionDays: 90,
  allowedServiceHosts: ['localhost', '127.0.0.1', '[::1]'],
  logLevel: 'info',
  identity: undefined,
  directLine: undefined,
  allowedOrigins: [],
  trustProxy: 0,
  hubEnabled: false,
  mail: undefined,
  publicUrl: 'http://localhost:3978',
};

describe('configFrom', () => {
  it('runs on embedded defaults with an empty environment: no authentication, loopback replies only', () => {
    expect(configFrom({})).toEqual(DEFAULTS);
  });

  it('treats an empty setting as not set, as .env files leave them', () => {
    expect(configFrom({ PORT: '', KAART_FILE: '', DATA_DIR: '', MicrosoftAppId: '' })).toEqual(DEFAULTS);
  });

  it('says clearly which setting is wrong', () => {
    expect(() => configFrom({ PORT: 'drieduizend' })).toThrow(
      'PORT must be a whole number from 0 to 65535, not "drieduizend"',
    );
    expect(() => configFrom({ RETENTION_DAYS: '0' })).toThrow(
      'RETENTION_DAYS must be a whole number from 1 to 3650',
    );
  });

  it('reads the Direct Line secret and the origins that may embed the widget', () => {
    const config = configFrom({
      DIRECT_LINE_SECRET: 'geheim',
      ALLOWED_ORIGINS: 'https://www.voorbeeld.nl, https://loket.voorbeeld.nl',
    });
    expect(config.directLine).toEqual({
      secret: 'geheim',
      domain: 'https://directline.botframework.com/v3/directline',
    });
    expect(config.allowedOrigins).toEqual(['https://www.voorbeeld.nl', 'https://loket.voorbeeld.nl']);
    expect(() => configFrom({ ALLOWED_ORIGINS: 'www.voorbeeld.nl' })).toThrow(
      'ALLOWED_ORIGINS: "www.voorbeeld.nl" is not an origin',
    );
    expect(() => configFrom({ DIRECT_LINE_DOMAIN: 'http://evil.example/v3/directline' })).toThrow(
      'DIRECT_LINE_DOMAIN must look like',
    );
  });

  it('reads the Azure Bot Service identity and insists on what each app type needs', () => {
    expect(configFrom({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' }).identity).toEqual({
      appId: 'app',
      appPassword: 'secret',
      appType: 'MultiTenant',
      tenantId: '',
    });
    expect(() =>
      configFrom({ MicrosoftAppId: 'app', MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'x' }),
    ).toThrow('MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant');
    expect(() => configFrom({ MicrosoftAppId: 'app' })).toThrow('MicrosoftAppPassword is required');
  });

  it('takes an allow-list of reply hosts', () => {
    expect(configFrom({ ALLOWED_SERVICE_HOSTS: 'localhost:3978, Example.org' }).allowedServiceHosts).toEqual([
      'localhost:3978',
      'example.org',
    ]);
  });
});

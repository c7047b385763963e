import { resolve } from 'node:path';
import { parseAllowedServiceUrl } from './http/serviceUrls.js';
import { LOG_LEVELS, type LogLevel } from './log.js';
import { SAMPLE_KAART_FILE } from './paths.js';

/** The Azure Bot Service identity; absent when the bot runs without authentication (Emulator, local). */
export interface BotIdentity {
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
}

/** Wegwijzer's settings, from the environment (see .env.example). */
export interface Config {
  port: number;
  kaartFile: string;
  dataDir: string;
  /** Stored conversations older than this many days are deleted. */
  retentionDays: number;
  /**
   * Where replies may be sent when authentication is off: `https://host:port/path/`, `host:port`,
   * or a bare host (its scheme's default port, any path).
   */
  allowedServiceHosts: string[];
  logLevel: LogLevel;
  identity: BotIdentity | undefined;
  /** Azure's Direct Line secret; without it the page uses the built-in local channel. */
  directLine: { secret: string; domain: string } | undefined;
  /** Other sites' origins that may embed the chat widget (`https://www.gemeente.nl`). */
  allowedOrigins: string[];
  /**
   * How many reverse proxies in front append to X-Forwarded-For (and set -Proto); 0 for none.
   * The client is the entry that many places from the right.
   */
  trustProxy: number;
  /** Whether a contact-centre hub may report on handoffs with `handoff.status` events. */
  hubEnabled: boolean;
  /** Where new handovers are announced by e-mail; undefined: no e-mail. */
  mail: MailSettings | undefined;
  /** The address staff reach this server at (links in e-mails), e.g. https://wegwijzer.gemeente.nl. */
  publicUrl: string;
}

export interface MailSettings {
  /** smtp://user:password@host:587 or smtps://… */
  smtpUrl: string;
  from: string;
}

export const AZURE_DIRECT_LINE = 'https://directline.botframework.com/v3/directline';

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Turns the environment into a checked Config; throws one clear message per wrong setting. */
export function configFrom(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const setting = (name: string): string | undefined => env[name]?.trim() || undefined;
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const text = setting(name) ?? String(fallback);
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
    }
    return value;
  };

  const port = whole('PORT', 3978, 0, 65_535);
  const retentionDays = whole('RETENTION_DAYS', 90, 1, 3650);
  const logLevelText = setting('LOG_LEVEL') ?? 'info';
  const logLevel = LOG_LEVELS.find((level) => level === logLevelText);
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevelText}"`);

  const identity = identityFrom(setting, problems);
  const hosts = setting('ALLOWED_SERVICE_HOSTS')
    ?.split(',')
    .map((host) => host.trim())
    .filter(Boolean)
    .map((host) => {
      if (!parseAllowedServiceUrl(host)) {
        problems.push(`ALLOWED_SERVICE_HOSTS: "${host}" is not a host, host:port or http(s) address`);
        return host;
      }
      // Host names are case-blind, paths are not.
      return /^https?:\/\//i.test(host) ? new URL(host).href : host.toLowerCase();
    });

  const secret = setting('DIRECT_LINE_SECRET');
  const domain = (setting('DIRECT_LINE_DOMAIN') ?? AZURE_DIRECT_LINE).replace(/\/$/, '');
  if (!/^https:\/\/[^/]+\/v3\/directline$/.test(domain)) {
    problems.push(`DIRECT_LINE_DOMAIN must look like ${AZURE_DIRECT_LINE}, not "${domain}"`);
  }
  const allowedOrigins = (setting('ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (!isOrigin(origin))
      problems.push(`ALLOWED_ORIGINS: "${origin}" is not an origin like https://www.gemeente.nl`);
  }

  const trustProxyText = setting('TRUST_PROXY') ?? 'false';
  // true is one proxy, the usual case; a number counts them, for a proxy behind a load balancer.
  const trustProxy =
    trustProxyText === 'true'
      ? 1
      : trustProxyText === 'false'
        ? 0
        : /^\d+$/.test(trustProxyText)
          ? Number(trustProxyText)
          : NaN;
  if (!(trustProxy >= 0 && trustProxy <= 10)) {
    problems.push(
      `TRUST_PROXY must be true, false or the number of proxies in front (1 to 10), not "${trustProxyText}"`,
    );
  }

  const hubText = setting('HANDOFF_HUB') ?? 'false';
  if (!['true', 'false'].includes(hubText))
    problems.push(`HANDOFF_HUB must be true or false, not "${hubText}"`);
  const smtpUrl = setting('SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    problems.push('SMTP_URL must look like smtp://user:password@mail.gemeente.nl:587');
  }
  const mailFrom = setting('MAIL_FROM') ?? 'Wegwijzer <wegwijzer@localhost>';
  const publicUrl = (setting('PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/$/, '');
  if (!isOrigin(publicUrl) && !/^https?:\/\/[^/]+\/.+/.test(publicUrl)) {
    problems.push(`PUBLIC_URL must be an address like https://wegwijzer.gemeente.nl, not "${publicUrl}"`);
  }

  if (problems.length > 0) throw new Error(`configFrom(): ${problems.join('; ')}`);
  return {
    port,
    kaartFile: resolve(setting('KAART_FILE') ?? SAMPLE_KAART_FILE),
    dataDir: resolve(setting('DATA_DIR') ?? 'data'),
    retentionDays,
    allowedServiceHosts: hosts ?? LOOPBACK_HOSTS,
    logLevel: logLevel ?? 'info',
    identity,
    directLine: secret ? { secret, domain } : undefined,
    allowedOrigins,
    trustProxy,
    hubEnabled: hubText === 'true',
    mail: smtpUrl ? { smtpUrl, from: mailFrom } : undefined,
    publicUrl,
  };
}

function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

function identityFrom(
  setting: (name: string) => string | undefined,
  problems: string[],
): BotIdentity | undefined {
  const appId = setting('MicrosoftAppId');
  if (!appId) return undefined;
  const appTypeText = setting('MicrosoftAppType') ?? 'MultiTenant';
  const appType = APP_TYPES.find((type) => type === appTypeText);
  if (!appType)
    problems.push(`MicrosoftAppType must be one of ${APP_TYPES.join(', ')}, not "${appTypeText}"`);
  const appPassword = setting('MicrosoftAppPassword') ?? '';
  if (!appPassword && appType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword is required when MicrosoftAppId is set');
  }
  const tenantId = setting('MicrosoftAppTenantId') ?? '';
  if (!tenantId && appType !== 'MultiTenant') {
    problems.push(`MicrosoftAppTenantId is required for MicrosoftAppType ${appTypeText}`);
  }
  return { appId, appPassword, appType: appType ?? 'MultiTenant', tenantId };
}

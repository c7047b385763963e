import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SocialeKaart } from '../kaart/schema.js';
import { TEAMS_DIR } from '../paths.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What differs per municipality and per Azure registration. */
export interface TeamsSettings {
  /** The Azure Bot's Microsoft App ID. */
  botId: string;
  /** The Teams app's own id; by default the bot's. */
  teamsAppId?: string;
  /** Where the bot's web page lives (`https://wegwijzer.voorbeeld.nl`), for validDomains. */
  publicUrl?: string;
  privacyUrl?: string;
  termsOfUseUrl?: string;
}

/** The app manifest: teams/manifest.template.json with this municipality's names, ids and links. */
export function teamsManifest(settings: TeamsSettings, kaart: SocialeKaart, version: string): unknown {
  const problems: string[] = [];
  const teamsAppId = settings.teamsAppId ?? settings.botId;
  if (!GUID.test(settings.botId)) problems.push(`MicrosoftAppId must be a GUID, not "${settings.botId}"`);
  if (!GUID.test(teamsAppId)) problems.push(`TEAMS_APP_ID must be a GUID, not "${teamsAppId}"`);
  for (const [name, url] of [
    ['PUBLIC_URL', settings.publicUrl],
    ['PRIVACY_URL', settings.privacyUrl],
    ['TERMS_URL', settings.termsOfUseUrl],
  ] as const) {
    if (url !== undefined && !url.startsWith('https://'))
      problems.push(`${name} must be an https:// address`);
  }
  if (problems.length > 0) throw new Error(`teamsManifest(): ${problems.join('; ')}`);

  const { gemeente } = kaart;
  const values: Record<string, string> = {
    version,
    teamsAppId,
    botId: settings.botId,
    gemeente: gemeente.naam,
    loket: gemeente.loket.naam,
    websiteUrl: gemeente.website,
    privacyUrl: settings.privacyUrl ?? gemeente.website,
    termsOfUseUrl: settings.termsOfUseUrl ?? gemeente.website,
  };
  const template: unknown = JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.template.json'), 'utf8'));
  const manifest = fill(template, values);
  if (settings.publicUrl && isRecord(manifest)) manifest.validDomains = [new URL(settings.publicUrl).host];
  return manifest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills `{{name}}` in every string of the template; the values never touch the JSON syntax. */
function fill(node: unknown, values: Record<string, string>): unknown {
  if (typeof node === 'string') {
    return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  }
  if (Array.isArray(node)) return node.map((item) => fill(item, values));
  if (isRecord(node))
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value, values)]));
  return node;
}

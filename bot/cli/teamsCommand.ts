import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, TEAMS_DIR } from '../paths.js';
import { teamsManifest } from '../teams/teamsManifest.js';
import { zipFile } from '../teams/zipFile.js';
import { kaartFileFrom, loadKaartReporting } from './cliKaart.js';

const TEAMS_PACKAGE_NAME = 'wegwijzer-teams.zip';

/**
 * `wegwijzer teams package [--out map]`: the zip to upload to Teams (manifest and both icons),
 * for the Azure Bot in MicrosoftAppId and the kaart's municipality. Prints the zip's path last.
 */
export function teamsPackageCommand(args: string[]): number {
  const outIndex = args.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? '') : join(PROJECT_ROOT, 'dist', 'teams'));
  if (existsSync('.env')) process.loadEnvFile('.env');
  const setting = (name: string) => process.env[name]?.trim() || undefined;
  const botId = setting('MicrosoftAppId');
  if (!botId) {
    console.error(
      'wegwijzer teams package: zet MicrosoftAppId (de App ID van de Azure Bot) in .env of de omgeving.',
    );
    return 1;
  }
  const kaart = loadKaartReporting(kaartFileFrom(undefined));
  if (!kaart) return 1;
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  let manifest: unknown;
  try {
    manifest = teamsManifest(
      {
        botId,
        teamsAppId: setting('TEAMS_APP_ID'),
        publicUrl: setting('PUBLIC_URL'),
        privacyUrl: setting('PRIVACY_URL'),
        termsOfUseUrl: setting('TERMS_URL'),
      },
      kaart,
      String(version),
    );
  } catch (error) {
    console.error(`wegwijzer teams package: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const zip = zipFile([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: readFileSync(join(TEAMS_DIR, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(TEAMS_DIR, 'outline.png')) },
  ]);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, TEAMS_PACKAGE_NAME);
  writeFileSync(file, zip);
  console.log(
    `Teams-app voor ${kaart.gemeente.naam}, bot ${botId}. Upload in Teams via Apps > Apps beheren > Een app uploaden:`,
  );
  console.log(file);
  return 0;
}

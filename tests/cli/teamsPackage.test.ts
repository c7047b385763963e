import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../bot/paths.js';

const BOT_ID = '3f1c2a9e-5b7d-4e8f-9a01-23456789abcd';
// The current Teams app manifest schema, as Microsoft's own tooling ships it on npm.
const SCHEMA_FILE = join(
  PROJECT_ROOT,
  'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
);

const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-teams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run teams:package`, as a deployer runs it. */
function teamsPackage(env: Record<string, string>) {
  const result = spawnSync('npm', ['run', 'teams:package', '--', '--out', dir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, KAART_FILE: '', MicrosoftAppId: '', PUBLIC_URL: '', ...env },
  });
  return { status: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

/** The files in a zip, read by Python's zipfile: an implementation independent of ours. */
function unzip(file: string): Record<string, Buffer> {
  const script =
    'import base64,json,sys,zipfile\n' +
    'z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None\n' +
    'print(json.dumps({n: base64.b64encode(z.read(n)).decode() for n in z.namelist()}))';
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const files: Record<string, string> = JSON.parse(result.stdout);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, Buffer.from(data, 'base64')]));
}

/** Width, height and colour type of a PNG, from its IHDR chunk. */
function pngHeader(png: Buffer) {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] };
}

describe('npm run teams:package', () => {
  it('builds a zip with a manifest valid against Teams schema v1.30 and both icons, and prints its path last', () => {
    const { status, lines, stderr } = teamsPackage({
      MicrosoftAppId: BOT_ID,
      PUBLIC_URL: 'https://wegwijzer.voorbeeld.nl',
    });
    expect(status, stderr).toBe(0);
    const file = lines.at(-1) ?? '';
    expect(file).toBe(join(dir, 'wegwijzer-teams.zip'));

    const files = unzip(file);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(files['manifest.json']?.toString('utf8') ?? '');
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest).toMatchObject({
      manifestVersion: '1.30',
      id: BOT_ID,
      bots: [{ botId: BOT_ID, scopes: ['personal'] }],
      developer: { name: 'Gemeente Voorbeeld' },
      validDomains: ['wegwijzer.voorbeeld.nl'],
      icons: { color: 'color.png', outline: 'outline.png' },
    });
    expect(pngHeader(files['color.png'] ?? Buffer.alloc(0))).toMatchObject({ width: 192, height: 192 });
    // The outline icon is white on transparent: it needs an alpha channel (colour type 6).
    expect(pngHeader(files['outline.png'] ?? Buffer.alloc(0))).toEqual({
      width: 32,
      height: 32,
      colourType: 6,
    });
  });

  it('says what is missing or wrong instead of building a package Teams would refuse', () => {
    const missing = teamsPackage({});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('zet MicrosoftAppId');
    const wrong = teamsPackage({ MicrosoftAppId: 'wegwijzer-bot' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('MicrosoftAppId must be a GUID');
  });
});

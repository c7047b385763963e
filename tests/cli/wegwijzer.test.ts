import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../bot/paths.js';
import { lowdbRepository } from '../../bot/storage/lowdbRepository.js';
import { editSample, placeOf } from '../support/kaartEdits.js';
import { sampleKaart } from '../support/sampleKaart.js';
import { simulateDemand } from '../support/simulatedDemand.js';
import { BILLION_LAUGHS, isAliasAt } from '../kaart/hostileKaarten.js';

/** Runs the real `wegwijzer` command, as `npm run wegwijzer` does. */
function wegwijzer(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['bot/cli/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, KAART_FILE: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('wegwijzer kaart check', () => {
  it('passes the sample kaart (exit 0) and shows warnings as file:line:column', () => {
    const { status, stdout, stderr } = wegwijzer(['kaart', 'check']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/De kaart klopt \(versie 2026\.11\): 9 aanbieders/);
    expect(stderr).toMatch(
      /^knowledge\/sociale-kaart\.yaml:\d+:\d+: waarschuwing: "VluchtelingenWerk Voorbeeld"/m,
    );
  });

  it('fails a broken kaart (exit 1) with file:line:column: message', () => {
    const text = editSample(
      'doelgroepen: [lvb, nah, lichamelijke-beperking]',
      'doelgroepen: [lvb, nha, lichamelijke-beperking]',
    );
    const file = join(dir, 'kapot.yaml');
    writeFileSync(file, text);
    const { line, column } = placeOf(text, 'nha,');
    const { status, stderr } = wegwijzer(['kaart', 'check', file]);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `kapot.yaml:${line}:${column}: doelgroep "nha" bestaat niet in doelgroepen; bedoel je "nah"?`,
    );
  });
  it('reports a "billion laughs" of aliases as a plain problem at its place, without a stack trace', () => {
    const file = join(dir, 'lachsalvo.yaml');
    writeFileSync(file, BILLION_LAUGHS);
    const { status, stderr } = wegwijzer(['kaart', 'check', file]);
    expect(status).toBe(1);
    const [, line, column] = /lachsalvo\.yaml:(\d+):(\d+): .*alias/.exec(stderr) ?? [];
    expect(isAliasAt(BILLION_LAUGHS, { line: Number(line), column: Number(column) })).toBe(true);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/Error\b/);
  });
});

describe('wegwijzer kaart test', () => {
  it("passes the sample kaart's voorbeelden", () => {
    const { status, stdout } = wegwijzer(['kaart', 'test']);
    expect(stdout).toMatch(/(\d+) van \1 voorbeelden goed/);
    expect(status).toBe(0);
  });

  it('shows each miss and exits 1', () => {
    const file = join(dir, 'mis.yaml');
    writeFileSync(
      file,
      editSample(
        '  - vraag: Ik zoek vrijwilligerswerk\n    levensgebieden: [participatie]',
        '  - vraag: Ik zoek vrijwilligerswerk\n    levensgebieden: [mobiliteit]',
      ),
    );
    const { status, stdout } = wegwijzer(['kaart', 'test', file]);
    expect(status).toBe(1);
    expect(stdout).toContain('✗ "Ik zoek vrijwilligerswerk"');
    expect(stdout).toContain('verwacht "mobiliteit" bovenaan, maar gevonden "participatie"');
  });
});

describe('wegwijzer analyse', () => {
  it('explains one text as JSON', () => {
    const { status, stdout } = wegwijzer(['analyse', 'Ik kan mijn huur niet betalen']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      language: 'nl',
      levensgebieden: [{ id: 'inkomen-schulden', matched: ['huur niet betalen'] }, { id: 'wonen' }],
      crisis: null,
    });
  });

  it('--jsonl answers one JSON line per input line, in the same order', () => {
    const input = [
      'Ik kan mijn huur niet betalen',
      '{"text": "ik wil niet meer leven"}',
      '"My husband hits me"',
      '',
      '{"x": 1}',
    ].join('\n');
    const { status, stdout } = wegwijzer(['analyse', '--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0].levensgebieden[0].id).toBe('inkomen-schulden');
    expect(lines[1].crisis).toMatchObject({ type: 'suicide', hulplijn: { telefoon: '0800-0113' } });
    expect(lines[2]).toMatchObject({
      language: 'en',
      crisis: { type: 'violence', hulplijn: { naam: 'Veilig Thuis' } },
    });
    expect(lines[3].levensgebieden).toEqual([{ id: 'anders', score: 0, matched: [] }]);
    expect(lines[4]).toEqual({ error: 'regel is geen tekst en geen {"text": ...}' });
  });

  it('refuses without text, with usage help', () => {
    const { status, stderr } = wegwijzer(['analyse']);
    expect(status).toBe(2);
    expect(stderr).toContain('geef een tekst');
  });
});

describe('wegwijzer kaart report', () => {
  it('writes the HTML report and its CSV files for the records in DATA_DIR, the HTML last', async () => {
    const dataDir = join(dir, 'report-data');
    await simulateDemand(lowdbRepository(dataDir), sampleKaart(), 120, new Date());
    const out = join(dir, 'rapport');
    const { status, stdout, stderr } = wegwijzer(['kaart', 'report', '--out', out], undefined, {
      DATA_DIR: dataDir,
    });
    expect(status, stderr).toBe(0);
    const written = stdout.trimEnd().split('\n');
    expect(written).toHaveLength(7);
    expect(written.at(-1)).toMatch(/rapport\/rapport\.html$/);
    expect(stderr).toMatch(/^Rapport over \d{4}-\d{2}-\d{2} t\/m \d{4}-\d{2}-\d{2}: 120 intakes/m);
    const html = readFileSync(join(out, 'rapport.html'), 'utf8');
    expect(html).toContain('Er bestaat overlap op:');
    expect(html).toContain('VluchtelingenWerk Voorbeeld: voor het laatst nagekeken op 2025-06-12');
    expect(readFileSync(join(out, 'uitkomsten.csv'), 'utf8')).toMatch(/^\uFEFFuitkomst;intakes\r\n/);
  });

  it('refuses a period that is not one, exit 2', () => {
    const { status, stderr } = wegwijzer(['kaart', 'report', '--from', '2026-11-24', '--to', '2026-11-01']);
    expect(status).toBe(2);
    expect(stderr).toContain('Kies een periode van hoogstens 366 dagen');
  });
});

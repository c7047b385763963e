import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { configFrom } from '../config.js';
import { DEFAULT_REPORT_DAYS, coverageReport, demandRecordsIn } from '../report/coverageReport.js';
import { periodFrom } from '../report/period.js';
import { reportFiles } from '../report/reportFiles.js';
import { lowdbRepository } from '../storage/lowdbRepository.js';
import { kaartFileFrom, loadKaartReporting } from './cliKaart.js';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? (args[index + 1] ?? '') : undefined;
}

/**
 * `wegwijzer kaart report [--from DATUM --to DATUM] [--out MAP] [bestand]`: the coverage report
 * (HTML and CSV files) for the kaart and the records in DATA_DIR. Prints each file, the HTML last.
 */
export async function kaartReportCommand(args: string[], now = new Date()): Promise<number> {
  const known = new Set(['--from', '--to', '--out']);
  const named = args.filter((arg, index) => !known.has(arg) && !known.has(args[index - 1] ?? ''));
  if (named.some((arg) => arg.startsWith('--'))) {
    console.error(`wegwijzer kaart report: onbekende optie ${named.find((arg) => arg.startsWith('--'))}`);
    return 2;
  }
  const period = periodFrom(option(args, '--from'), option(args, '--to'), now, DEFAULT_REPORT_DAYS);
  if ('error' in period) {
    console.error(`wegwijzer kaart report: ${period.error}`);
    return 2;
  }
  const kaart = loadKaartReporting(kaartFileFrom(named[0]));
  if (!kaart) return 1;
  const dataDir = configFrom(process.env).dataDir;
  const records = await demandRecordsIn(lowdbRepository(dataDir), period);
  const report = coverageReport(kaart, records, period, now);
  const outDir = resolve(option(args, '--out') || 'rapport');
  mkdirSync(outDir, { recursive: true });
  const files = [...reportFiles(report)];
  // The HTML is printed last: scripts can take the last line as the report to open.
  for (const [name, content] of [...files.slice(1), ...files.slice(0, 1)]) {
    writeFileSync(join(outDir, name), content);
    console.log(relative(process.cwd(), join(outDir, name)) || name);
  }
  console.error(
    `Rapport over ${period.from} t/m ${period.to}: ${records.intakes.length} intakes, ` +
      `${records.handovers.length} overdrachten, ${records.signals.length} signalen.`,
  );
  return 0;
}

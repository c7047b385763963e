import { OUTCOME_TYPES } from '../intake/intakeCase.js';
import { MOMENT_IDS, TAAK_IDS } from '../kaart/schema.js';
import { HANDOVER_STATUSES } from '../storage/records.js';
import { coverageLevel } from './coverage.js';
import type { CoverageReport } from './coverageReport.js';
import { csvFile } from './csv.js';
import { reflectieZinnen } from './reflectionSentences.js';
import { ReportNames } from './reportNames.js';
import { REPORT_TEXTS } from './reportTexts.js';
import { shownCount, shownParts } from './smallCounts.js';

/** The report's tables as CSV files, by file name; the same figures and suppression as the HTML. */
export function reportCsvFiles(report: CoverageReport): Map<string, string> {
  const names = new ReportNames(report.kaart);
  const { coverage, demand, kaart } = report;
  const files = new Map<string, string>();
  files.set(
    'schema1-dekking.csv',
    csvFile(
      [
        'levensgebied',
        'doelgroep',
        'dekking',
        'aantal_aanbieders',
        'aanbieders',
        ...MOMENT_IDS.map((m) => `moment_${names.momentNumber(m)}_${m}`),
      ],
      coverage
        .all()
        .map((cell) => [
          names.levensgebied(cell.levensgebied),
          names.doelgroep(cell.doelgroep),
          REPORT_TEXTS.dekking[coverageLevel(cell)],
          cell.aanbieders.length,
          cell.aanbieders.map((id) => names.aanbieder(id)).join(', '),
          ...MOMENT_IDS.map((moment) => cell.perMoment[moment].map((id) => names.aanbieder(id)).join(', ')),
        ]),
    ),
  );
  files.set(
    'schema2-taken.csv',
    csvFile(
      ['aanbieder', ...TAAK_IDS],
      kaart.aanbieders.map((a) => [
        a.naam,
        ...TAAK_IDS.map((taak) => (a.taken.includes(taak) ? 'ja' : 'nee')),
      ]),
    ),
  );
  files.set(
    'vraag-per-cel.csv',
    csvFile(
      [
        'levensgebied',
        'doelgroep',
        'dekking',
        'intakes',
        ...MOMENT_IDS.map((m) => `moment_${names.momentNumber(m)}`),
        'overdrachten',
        'naar',
        'signalen',
      ],
      [...demand.cells.values()]
        .filter((cell) => cell.intakes > 0 || cell.signalen > 0)
        .map((row) => {
          const cell = coverage.cell(row.levensgebied, row.doelgroep);
          const naar = [...row.naar.entries()];
          const shown = shownParts(
            row.handovers,
            naar.map(([, count]) => count),
          );
          return [
            names.levensgebied(row.levensgebied),
            names.doelgroep(row.doelgroep),
            REPORT_TEXTS.dekking[cell ? coverageLevel(cell) : 'geen'],
            shownCount(row.intakes),
            ...MOMENT_IDS.map((moment) => shownCount(row.perMoment[moment])),
            shownCount(row.handovers),
            naar.map(([id], index) => `${names.aanbieder(id)} ${shown[index]}`).join(', '),
            shownCount(row.signalen),
          ];
        }),
    ),
  );
  files.set(
    'overdrachten-per-aanbieder.csv',
    csvFile(
      ['aanbieder', 'overdrachten', ...HANDOVER_STATUSES, 'nieuw_over_de_datum'],
      [...demand.providers.values()].map((provider) => {
        const counts = HANDOVER_STATUSES.map((status) => provider.perStatus[status]);
        const total = counts.reduce((sum, count) => sum + count, 0);
        return [
          names.aanbieder(provider.aanbieder),
          shownCount(total),
          ...shownParts(total, counts),
          shownCount(provider.teLaat),
        ];
      }),
    ),
  );
  files.set(
    'uitkomsten.csv',
    csvFile(
      ['uitkomst', 'intakes'],
      OUTCOME_TYPES.map((type) => [REPORT_TEXTS.uitkomsten[type], shownCount(demand.outcomes[type])]),
    ),
  );
  const zinnen = reflectieZinnen(report.reflectie, names);
  const { vragen } = REPORT_TEXTS;
  files.set(
    'reflectie.csv',
    csvFile(
      ['vraag', 'bevinding'],
      [
        ...zinnen.weinigAanbod.map((zin) => [vragen.weinigAanbod.antwoord, zin]),
        ...zinnen.overlap.map((zin) => [vragen.overlap.antwoord, zin]),
        ...zinnen.verschillen.map((zin) => [vragen.verschillen.antwoord, zin]),
        ...zinnen.verouderd.map((zin) => [REPORT_TEXTS.verouderd, zin]),
        ...zinnen.vraagstukken.map((zin) => [vragen.vraagstukken.antwoord, zin]),
      ],
    ),
  );
  return files;
}

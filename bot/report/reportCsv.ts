import { OUTCOME_TYPES } from '../intake/intakeCase.js';
import { MOMENT_IDS, TAAK_IDS } from '../kaart/schema.js';
import { HANDOVER_STATUSES } from '../storage/records.js';
import { coverageLevel } from './coverage.js';
import type { CoverageReport } from './coverageReport.js';
import { csvFile } from './csv.js';
import { reflectieZinnen } from './reflectionSentences.js';
import { ReportNames } from './reportNames.js';
import { REPORT_TEXTS } from './reportTexts.js';
import { demandRows, levelOf, shownNaar, shownStatuses } from './shownFigures.js';
import { shownCount } from './smallCounts.js';

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
          cell.aanbieders
            .map((id) => names.aanbiederInCel(coverage, cell, id, { momenten: false }))
            .join(', '),
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
      demandRows(report).map((row) => [
        names.levensgebied(row.levensgebied),
        names.doelgroep(row.doelgroep),
        REPORT_TEXTS.dekking[levelOf(report, row)],
        shownCount(row.intakes),
        ...MOMENT_IDS.map((moment) => shownCount(row.perMoment[moment])),
        shownCount(row.handovers),
        shownNaar(row, names),
        shownCount(row.signalen),
      ]),
    ),
  );
  files.set(
    'overdrachten-per-aanbieder.csv',
    csvFile(
      ['aanbieder', 'overdrachten', ...HANDOVER_STATUSES, 'nieuw_over_de_datum'],
      [...demand.providers.values()].map((provider) => {
        const shown = shownStatuses(provider);
        return [
          names.aanbieder(provider.aanbieder),
          shown.total,
          ...shown.perStatus,
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

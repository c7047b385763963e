import { HANDOVER_STATUSES } from '../storage/records.js';
import { type CoverageLevel, coverageLevel } from './coverage.js';
import type { CoverageReport } from './coverageReport.js';
import type { CellDemand, ProviderHandovers } from './demand.js';
import type { ReportNames } from './reportNames.js';
import { demandWeight, shownCount, shownParts } from './smallCounts.js';

/** The figures as the HTML and the CSV files both show them, small counts hidden the same way. */

/** The cells residents asked about (or that had a gap signal), highest demand first. */
export function demandRows(report: CoverageReport): CellDemand[] {
  return [...report.demand.cells.values()]
    .filter((cell) => cell.intakes > 0 || cell.signalen > 0)
    .sort((a, b) => demandWeight(b.intakes) - demandWeight(a.intakes));
}

/** How well the kaart covers a demand row's cell; the no-doelgroep column has no coverage. */
export function levelOf(report: CoverageReport, row: CellDemand): CoverageLevel {
  const cell = report.coverage.cell(row.levensgebied, row.doelgroep);
  return cell ? coverageLevel(cell) : 'geen';
}

/** To whom a cell's handovers went: "MEE Voorbeeld •, Sociaal Raadslieden <5". */
export function shownNaar(row: CellDemand, names: ReportNames): string {
  const naar = [...row.naar.entries()];
  const shown = shownParts(
    row.handovers,
    naar.map(([, count]) => count),
  );
  return naar.map(([id], index) => `${names.aanbieder(id)} ${shown[index]}`).join(', ');
}

/** A provider's handovers in all and per status (in HANDOVER_STATUSES order). */
export function shownStatuses(provider: ProviderHandovers): { total: string; perStatus: string[] } {
  const counts = HANDOVER_STATUSES.map((status) => provider.perStatus[status]);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return { total: shownCount(total), perStatus: shownParts(total, counts) };
}

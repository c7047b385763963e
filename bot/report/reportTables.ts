import { MOMENT_IDS, TAAK_IDS } from '../kaart/schema.js';
import { HANDOVER_STATUSES } from '../storage/records.js';
import { cellKey, coverageLevel } from './coverage.js';
import type { CoverageReport } from './coverageReport.js';
import { type CellDemand, GEEN_DOELGROEP } from './demand.js';
import { type SafeHtml, html } from './html.js';
import type { ReportNames } from './reportNames.js';
import { REPORT_TEXTS } from './reportTexts.js';
import { demandRows, levelOf, shownNaar, shownStatuses } from './shownFigures.js';
import { shownCount } from './smallCounts.js';

/** A column of a matrix: a doelgroep (or "no doelgroep named"), by id and name. */
interface Column {
  id: string;
  naam: string;
}

/** Levensgebieden down, doelgroepen across, as the mapping tool draws Schema 1. */
function matrix(
  report: CoverageReport,
  corner: string,
  columns: readonly Column[],
  cellHtml: (levensgebied: string, doelgroep: string) => SafeHtml,
): SafeHtml {
  return html`<table class="matrix">
    <thead>
      <tr>
        <th scope="col">${corner}</th>
        ${columns.map((column) => html`<th scope="col">${column.naam}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${report.kaart.levensgebieden.map(
        (gebied) =>
          html` <tr>
            <th scope="row">${gebied.naam.nl}</th>
            ${columns.map((column) => cellHtml(gebied.id, column.id))}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function doelgroepColumns(report: CoverageReport): Column[] {
  return report.kaart.doelgroepen.map((groep) => ({ id: groep.id, naam: groep.naam.nl }));
}

/** Schema 1: levensgebied × doelgroep, each cell its providers (with moments when not all three). */
export function schema1Table(report: CoverageReport, names: ReportNames): SafeHtml {
  const { coverage } = report;
  return matrix(report, 'Levensgebied \\ Doelgroep', doelgroepColumns(report), (gebied, groep) => {
    const cell = coverage.cell(gebied, groep);
    if (!cell) return html`<td></td>`;
    const level = coverageLevel(cell);
    return html`<td class="dekking-${level}" title="${REPORT_TEXTS.dekking[level]}">
      <span class="telling">${cell.aanbieders.length}</span>
      <ul>
        ${cell.aanbieders.map((id) => html`<li>${names.aanbiederInCel(coverage, cell, id)}</li>`)}
      </ul>
    </td>`;
  });
}

export function legend(names: ReportNames): SafeHtml {
  return html`<p class="legenda">
    ${(['geen', 'een', 'meerdere'] as const).map(
      (level) => html`<span class="dekking-${level}">${REPORT_TEXTS.dekking[level]}</span>`,
    )}
    Cijfers achter een naam: alleen op die momenten
    (${MOMENT_IDS.map(
      (moment) => `${names.momentNumber(moment)} = ${REPORT_TEXTS.momenten[moment].toLowerCase()}`,
    ).join('; ')}).
    "${REPORT_TEXTS.voorIedereen}": met aanbod voor alle inwoners, niet alleen voor deze doelgroep; het telt
    in elke cel van het levensgebied.
  </p>`;
}

/** Schema 2: the general tasks each provider carries out. */
export function schema2Table(report: CoverageReport, names: ReportNames): SafeHtml {
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Algemene taken</th>
        ${report.kaart.aanbieders.map((a) => html`<th scope="col">${names.aanbieder(a.id)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${TAAK_IDS.map(
        (taak) =>
          html` <tr>
            <th scope="row">${REPORT_TEXTS.taken[taak]}</th>
            ${report.kaart.aanbieders.map((a) =>
              a.taken.includes(taak) ? html`<td class="getal">✓</td>` : html`<td class="getal">–</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Demand over Schema 1's colours: how many intakes each cell saw, on how much coverage. */
export function demandMatrix(report: CoverageReport): SafeHtml {
  const { coverage, demand } = report;
  const columns = [...doelgroepColumns(report), { id: GEEN_DOELGROEP, naam: REPORT_TEXTS.geenDoelgroep }];
  return matrix(report, 'Intakes per cel', columns, (gebied, groep) => {
    const cell = coverage.cell(gebied, groep);
    const count = demand.cells.get(cellKey(gebied, groep))?.intakes ?? 0;
    const level = cell ? coverageLevel(cell) : 'geen';
    return html`<td class="getal dekking-${level}">${count > 0 ? shownCount(count) : ''}</td>`;
  });
}

/** Every cell with demand: intakes per moment, handovers and to whom, gap signals. */
export function demandTable(report: CoverageReport, names: ReportNames): SafeHtml {
  const rows = demandRows(report);
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Levensgebied</th>
        <th scope="col">Doelgroep</th>
        <th scope="col">Dekking</th>
        <th scope="col" class="getal">Intakes</th>
        ${MOMENT_IDS.map(
          (moment) => html`<th scope="col" class="getal">Moment ${names.momentNumber(moment)}</th>`,
        )}
        <th scope="col" class="getal">Overdrachten</th>
        <th scope="col">Naar</th>
        <th scope="col" class="getal">Signalen</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => demandRow(report, names, row))}
    </tbody>
  </table>`;
}

function demandRow(report: CoverageReport, names: ReportNames, row: CellDemand): SafeHtml {
  const level = levelOf(report, row);
  return html` <tr>
    <td>${names.levensgebied(row.levensgebied)}</td>
    <td>${names.doelgroep(row.doelgroep)}</td>
    <td class="dekking-${level}">${REPORT_TEXTS.dekking[level]}</td>
    <td class="getal">${shownCount(row.intakes)}</td>
    ${MOMENT_IDS.map((moment) => html`<td class="getal">${shownCount(row.perMoment[moment])}</td>`)}
    <td class="getal">${shownCount(row.handovers)}</td>
    <td>${shownNaar(row, names)}</td>
    <td class="getal">${shownCount(row.signalen)}</td>
  </tr>`;
}

/** Per provider: the handovers of the period by their status now. */
export function providerTable(report: CoverageReport, names: ReportNames): SafeHtml {
  const providers = [...report.demand.providers.values()];
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Aanbieder</th>
        <th scope="col" class="getal">Overdrachten</th>
        ${HANDOVER_STATUSES.map(
          (status) => html`<th scope="col" class="getal">${REPORT_TEXTS.statussen[status]}</th>`,
        )}
        <th scope="col" class="getal">Nieuw en over de datum</th>
      </tr>
    </thead>
    <tbody>
      ${providers.map((provider) => {
        const shown = shownStatuses(provider);
        return html` <tr>
          <th scope="row">${names.aanbieder(provider.aanbieder)}</th>
          <td class="getal">${shown.total}</td>
          ${shown.perStatus.map((count) => html`<td class="getal">${count}</td>`)}
          <td class="getal">${shownCount(provider.teLaat)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

import { OUTCOME_TYPES } from '../intake/intakeCase.js';
import type { CoverageReport } from './coverageReport.js';
import { SafeHtml, html } from './html.js';
import { reflectieZinnen } from './reflectionSentences.js';
import { ReportNames } from './reportNames.js';
import { REPORT_CSS } from './reportStyle.js';
import {
  demandMatrix,
  demandTable,
  legend,
  providerTable,
  schema1Table,
  schema2Table,
} from './reportTables.js';
import { REPORT_TEXTS } from './reportTexts.js';
import { shownCount } from './smallCounts.js';

// Our own constant stylesheet: entities are not decoded inside <style>, so it must not be escaped.
const STYLE = new SafeHtml(REPORT_CSS);
const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** "24 november 2026", from a loket day. */
export function dutchDate(day: string): string {
  return DATE.format(new Date(`${day}T00:00:00Z`));
}

/** The report as one self-contained HTML file: no scripts, no external assets, A4 landscape in print. */
export function reportHtml(report: CoverageReport): string {
  const names = new ReportNames(report.kaart);
  const { demand, kaart } = report;
  const titel = `${REPORT_TEXTS.titel}: ${kaart.gemeente.naam}`;
  return html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${titel}, ${dutchDate(report.period.from)} t/m ${dutchDate(report.period.to)}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <header>
          <h1>${titel}</h1>
          <p class="meta">
            Sociale kaart versie <strong>${kaart.versie}</strong> · periode
            <strong>${dutchDate(report.period.from)} t/m ${dutchDate(report.period.to)}</strong> · gemaakt op
            ${MOMENT.format(new Date(report.generatedAt))}
          </p>
          <p class="privacy">${REPORT_TEXTS.privacy}</p>
          <div class="kerncijfers">
            ${keyFigure('Intakes', demand.intakes)}
            ${keyFigure('Warme overdrachten', demand.outcomes.handover)}
            ${keyFigure('Zonder passend aanbod', demand.outcomes.gap)}
            ${keyFigure('Naar een hulplijn', demand.outcomes.crisis)}
          </div>
        </header>
        <section id="reflectie">
          <h2>Reflectievragen, beantwoord met de kaart en de gesprekken</h2>
          ${reflection(report, names)}
        </section>
        <section id="schema-1">
          <h2>Schema 1. Matrix: de combinatie van doelgroepen en levensgebieden</h2>
          ${legend(names)} ${schema1Table(report, names)}
        </section>
        <section id="schema-2">
          <h2>Schema 2. Algemene taken</h2>
          ${schema2Table(report, names)}
        </section>
        <section id="vraag">
          <h2>De vraag: wat inwoners Wegwijzer vroegen</h2>
          <p class="meta">${REPORT_TEXTS.bron}</p>
          <h3>Hoe de intakes eindigden</h3>
          ${outcomeTable(report)}
          <h3>Intakes per cel, op de kleur van Schema 1</h3>
          <p class="meta">Een intake over twee levensgebieden telt in beide cellen mee.</p>
          ${demandMatrix(report)}
          <h3>Per cel: overdrachten en signalen</h3>
          ${demandTable(report, names)}
          <h3>Overdrachten per aanbieder, naar hun status nu</h3>
          ${providerTable(report, names)}
        </section>
      </body>
    </html> `.value;
}

function keyFigure(label: string, count: number): SafeHtml {
  return html`<div><strong>${shownCount(count)}</strong>${label}</div>`;
}

function outcomeTable(report: CoverageReport): SafeHtml {
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Uitkomst</th>
        <th scope="col" class="getal">Intakes</th>
      </tr>
    </thead>
    <tbody>
      ${OUTCOME_TYPES.map(
        (type) =>
          html`<tr>
            <th scope="row">${REPORT_TEXTS.uitkomsten[type]}</th>
            <td class="getal">${shownCount(report.demand.outcomes[type])}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function reflection(report: CoverageReport, names: ReportNames): SafeHtml {
  const zinnen = reflectieZinnen(report.reflectie, names);
  const answer = (vraag: { vraag: string; antwoord: string }, items: string[]) =>
    html` <h3>${vraag.antwoord}</h3>
      <p class="vraag">${vraag.vraag}</p>
      ${findings(items)}`;
  return html`${answer(REPORT_TEXTS.vragen.weinigAanbod, zinnen.weinigAanbod)}
    ${answer(REPORT_TEXTS.vragen.overlap, zinnen.overlap)}
    ${answer(REPORT_TEXTS.vragen.verschillen, zinnen.verschillen)}
    <h3>${REPORT_TEXTS.verouderd}</h3>
    ${findings(zinnen.verouderd)} ${answer(REPORT_TEXTS.vragen.vraagstukken, zinnen.vraagstukken)}`;
}

function findings(items: string[]): SafeHtml {
  if (items.length === 0) return html`<p>${REPORT_TEXTS.niets}</p>`;
  return html`<ul class="bevindingen">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

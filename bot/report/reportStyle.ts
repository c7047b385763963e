/**
 * The report's only stylesheet, inline so the file stands alone (mailed, archived, opened
 * offline). Colour is never the only signal: every Schema 1 cell also prints its count.
 */
export const REPORT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 10pt/1.35 "Segoe UI", "Noto Sans", Arial, "Liberation Sans", sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 1400px; padding: 16px; }
h1 { font-size: 18pt; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 24px 0 8px; border-bottom: 2px solid #1b1b1b; padding-bottom: 2px; }
h3 { font-size: 11pt; margin: 16px 0 4px; }
p.vraag { font-style: italic; margin: 0 0 4px; color: #444; }
.meta { color: #444; margin: 0 0 4px; }
.privacy { background: #f2f2f2; border-left: 4px solid #555; padding: 6px 10px; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 8pt; }
th, td { border: 1px solid #999; padding: 3px 4px; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; }
th[scope="row"] { background: #f4f4f4; width: 11%; }
td.getal, th.getal { text-align: right; white-space: nowrap; }
.matrix { table-layout: fixed; }
.matrix td, .matrix th { overflow-wrap: anywhere; hyphens: auto; }
.matrix .telling { float: right; font-weight: 700; margin-left: 4px; }
.matrix ul { margin: 0; padding: 0; list-style: none; }
.dekking-geen { background: #f6d5d1; }
.dekking-een { background: #fbeab8; }
.dekking-meerdere { background: #cfe3f3; }
.legenda span { display: inline-block; padding: 1px 8px; margin-right: 8px; border: 1px solid #999; }
ul.bevindingen { margin: 4px 0 8px 18px; padding: 0; }
ul.bevindingen li { margin: 2px 0; }
.kerncijfers { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
.kerncijfers div { border: 1px solid #999; padding: 6px 12px; min-width: 140px; }
.kerncijfers strong { display: block; font-size: 16pt; }
@media print {
  body { padding: 0; max-width: none; font-size: 8pt; }
  h1 { font-size: 14pt; }
  h2 { font-size: 11pt; margin-top: 0; }
  table { font-size: 7pt; }
  .matrix { font-size: 6.5pt; line-height: 1.2; }
  .matrix td, .matrix th { padding: 1px 2px; }
  .kerncijfers strong { font-size: 12pt; }
  section { break-before: page; }
  #reflectie { break-before: auto; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

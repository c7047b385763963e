import type { CoverageReport } from './coverageReport.js';
import { reportCsvFiles } from './reportCsv.js';
import { reportHtml } from './reportHtml.js';

export const REPORT_HTML_NAME = 'rapport.html';

/** Every file of the report, HTML first, by name: what the command writes and the console zips. */
export function reportFiles(report: CoverageReport): Map<string, string> {
  return new Map([[REPORT_HTML_NAME, reportHtml(report)], ...reportCsvFiles(report)]);
}

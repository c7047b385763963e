import type restify from 'restify';
import type { KaartStore } from '../kaart/kaartStore.js';
import {
  type CoverageReport,
  DEFAULT_REPORT_DAYS,
  coverageReport,
  demandRecordsIn,
} from '../report/coverageReport.js';
import { periodFrom } from '../report/period.js';
import { reportFiles } from '../report/reportFiles.js';
import { reportHtml } from '../report/reportHtml.js';
import type { Repository } from '../storage/repository.js';
import { zipFile } from '../teams/zipFile.js';
import type { StaffAuth } from './staffAuth.js';

/**
 * The report is shown in a frame of the console: no scripts at all (`sandbox` without
 * `allow-scripts`), only its own inline styles, and only the console may frame it.
 */
const REPORT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'sandbox',
].join('; ');

export interface ReportSetup {
  auth: StaffAuth;
  repository: Repository;
  kaartStore: KaartStore;
  now: () => Date;
}

/**
 * The coordinator's coverage report: `/api/staff/report` is the HTML (add `download=1` to
 * save it), `/api/staff/report.zip` the HTML with every CSV file. Both take `from` and `to`.
 */
export function addReportRoutes(server: restify.Server, setup: ReportSetup): void {
  const build = async (query: URLSearchParams): Promise<CoverageReport | { error: string }> => {
    const now = setup.now();
    const period = periodFrom(
      query.get('from') || undefined,
      query.get('to') || undefined,
      now,
      DEFAULT_REPORT_DAYS,
    );
    if ('error' in period) return period;
    const records = await demandRecordsIn(setup.repository, period);
    return coverageReport(setup.kaartStore.kaart, records, period, now);
  };
  const refuse = (response: restify.Response, error: string) => {
    response.header('content-type', 'text/plain; charset=utf-8');
    response.sendRaw(400, Buffer.from(error));
  };
  const baseName = (report: CoverageReport) => `wegwijzer-rapport-${report.period.from}-${report.period.to}`;

  server.get(
    '/api/staff/report',
    setup.auth.guard(['coordinator'], async (request, response) => {
      const query = queryOf(request);
      const report = await build(query);
      if ('error' in report) return refuse(response, report.error);
      const download = query.get('download') === '1';
      response.header('content-type', 'text/html; charset=utf-8');
      response.header('content-security-policy', REPORT_CSP);
      response.header('x-frame-options', 'SAMEORIGIN');
      response.header('x-content-type-options', 'nosniff');
      response.header('referrer-policy', 'no-referrer');
      if (download) response.header('content-disposition', `attachment; filename="${baseName(report)}.html"`);
      response.sendRaw(200, Buffer.from(reportHtml(report)));
    }),
  );
  server.get(
    '/api/staff/report.zip',
    setup.auth.guard(['coordinator'], async (request, response) => {
      const report = await build(queryOf(request));
      if ('error' in report) return refuse(response, report.error);
      const entries = [...reportFiles(report)].map(([name, content]) => ({
        name,
        data: Buffer.from(content),
      }));
      response.header('content-type', 'application/zip');
      response.header('content-disposition', `attachment; filename="${baseName(report)}.zip"`);
      response.sendRaw(200, zipFile(entries));
    }),
  );
}

function queryOf(request: restify.Request): URLSearchParams {
  return new URL(request.url ?? '/', 'http://localhost').searchParams;
}

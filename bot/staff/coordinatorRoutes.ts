import type restify from 'restify';
import type { KaartStore } from '../kaart/kaartStore.js';
import { kaartStatusView } from '../kaart/kaartStatus.js';
import { periodFrom } from '../report/period.js';
import type { AuditLog } from './auditLog.js';
import type { StaffAuth } from './staffAuth.js';

/** The coordinator's API: the audit log, and the kaart's status with its problems. */
export function addCoordinatorRoutes(
  server: restify.Server,
  auth: StaffAuth,
  audit: AuditLog,
  kaartStore: KaartStore,
  now: () => Date,
): void {
  server.get(
    '/api/staff/audit',
    auth.guard(['coordinator'], async (request, response) => {
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
      const caseId = query.get('case')?.trim() || undefined;
      // One day (today) unless asked otherwise: the log of a busy loket is long.
      const period = periodFrom(query.get('from') ?? undefined, query.get('to') ?? undefined, now(), 1);
      if ('error' in period) return void response.json(400, { error: period.error });
      response.json(200, { ...period, entries: await audit.read(period.from, period.to, caseId) });
    }),
  );
  server.get(
    '/api/staff/kaart',
    auth.guard(['coordinator'], async (_request, response) => {
      const kaart = kaartStore.kaart;
      response.json(200, {
        ...kaartStatusView(kaartStore),
        aanbieders: kaart.aanbieders.map((item) => ({
          id: item.id,
          naam: item.naam,
          gecontroleerd: item.gecontroleerd,
        })),
      });
    }),
  );
}

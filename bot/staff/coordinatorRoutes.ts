import type restify from 'restify';
import type { KaartStore } from '../kaart/kaartStore.js';
import { kaartStatusView } from '../kaart/kaartStatus.js';
import { type AuditLog, auditDay } from './auditLog.js';
import type { StaffAuth } from './staffAuth.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;

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
      const to = query.get('to') ?? auditDay(now());
      const from = query.get('from') ?? to;
      const caseId = query.get('case')?.trim() || undefined;
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (!DAY.test(from) || !DAY.test(to) || !(span >= 0 && span < MAX_DAYS)) {
        return void response.json(400, {
          error: `Kies een periode van hoogstens ${MAX_DAYS} dagen (JJJJ-MM-DD).`,
        });
      }
      response.json(200, { from, to, entries: await audit.read(from, to, caseId) });
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

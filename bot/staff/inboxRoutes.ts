import type restify from 'restify';
import { z } from 'zod';
import { HandoverInbox, InboxError, nextStatuses } from '../inbox/handoverInbox.js';
import { checkBody } from '../http/checkBody.js';
import type { SocialeKaart } from '../kaart/schema.js';
import type { Collection } from '../storage/repository.js';
import { HANDOVER_STATUSES, type Handover } from '../storage/records.js';
import type { AuditAction, AuditLog } from './auditLog.js';
import { type StaffAccount, memberOf } from './staffAccount.js';
import type { StaffAuth } from './staffAuth.js';
import type { StaffSession } from './staffSessions.js';

export interface InboxSetup {
  auth: StaffAuth;
  inbox: HandoverInbox;
  accounts: Collection<StaffAccount>;
  audit: AuditLog;
  kaart(): SocialeKaart;
}

const statusSchema = z.strictObject({
  status: z.enum(HANDOVER_STATUSES),
  reden: z.string().max(1000).optional(),
});
const assignSchema = z.strictObject({ username: z.string().min(1).max(100) });
const noteSchema = z.strictObject({ tekst: z.string().max(4000) });
const SUPPORTER = ['ondersteuner'] as const;

/** In the list: enough to pick one, nothing of the resident's story. */
function listed(handover: Handover) {
  return {
    reference: handover.reference,
    createdAt: handover.createdAt,
    status: handover.status,
    contactUiterlijk: handover.contactUiterlijk,
    toegewezenAan: handover.toegewezenAan ?? null,
    levensgebieden: handover.levensgebieden,
  };
}

/** The whole handover for its provider's supporter, with names from the kaart and the next statuses. */
function detail(handover: Handover, kaart: SocialeKaart) {
  const naam = (list: readonly { id: string; naam: { nl: string } }[], id: string) =>
    list.find((item) => item.id === id)?.naam.nl ?? id;
  const shown: Partial<Handover> = { ...handover };
  delete shown.resident;
  return {
    ...shown,
    levensgebiedNamen: handover.levensgebieden.map((id) => naam(kaart.levensgebieden, id)),
    doelgroepNamen: handover.doelgroepen.map((id) => naam(kaart.doelgroepen, id)),
    aanbiederNaam:
      kaart.aanbieders.find((item) => item.id === handover.aanbieder)?.naam ?? handover.aanbieder,
    volgende: nextStatuses(handover.status),
  };
}

/**
 * A client supporter's inbox: only their own provider's handovers (another provider's answer
 * 404, as if they did not exist), status changes, assignment, notes, and an export. Every
 * opening, change and export is audited.
 */
export function addInboxRoutes(server: restify.Server, setup: InboxSetup): void {
  const { auth, inbox, audit } = setup;
  const record = (session: StaffSession, action: AuditAction, reference: string, detailText?: string) =>
    audit.record({
      username: session.member.username,
      role: session.member.role,
      action,
      case: reference,
      ...(detailText ? { detail: detailText } : {}),
    });
  const answer = async (response: restify.Response, work: () => Promise<unknown>) => {
    try {
      response.json(200, await work());
    } catch (error) {
      if (!(error instanceof InboxError)) throw error;
      response.json(error.status, { error: error.message });
    }
  };

  server.get(
    '/api/staff/handovers',
    auth.guard(SUPPORTER, async (_request, response, session) => {
      const items = await inbox.list(session.member.aanbieder ?? '');
      response.json(200, { items: items.map(listed) });
    }),
  );
  server.get(
    '/api/staff/team',
    auth.guard(SUPPORTER, async (_request, response, session) => {
      const team = (await setup.accounts.all())
        .filter(
          (account) => account.role === 'ondersteuner' && account.aanbieder === session.member.aanbieder,
        )
        .map((account) => ({ username: account.username, naam: account.naam }));
      response.json(200, { team });
    }),
  );
  server.get(
    '/api/staff/handovers/:reference',
    auth.guard(SUPPORTER, async (request, response, session) =>
      answer(response, async () => {
        const handover = await inbox.get(session.member, String(request.params.reference));
        await record(session, 'geopend', handover.reference);
        return detail(handover, setup.kaart());
      }),
    ),
  );
  server.get(
    '/api/staff/handovers/:reference/export',
    auth.guard(SUPPORTER, async (request, response, session) =>
      answer(response, async () => {
        const handover = await inbox.get(session.member, String(request.params.reference));
        await record(session, 'geexporteerd', handover.reference);
        response.header('content-disposition', `attachment; filename="${handover.reference}.json"`);
        return detail(handover, setup.kaart());
      }),
    ),
  );
  server.post(
    '/api/staff/handovers/:reference/status',
    auth.guard(SUPPORTER, async (request, response, session) =>
      answer(response, async () => {
        const body = checkBody(statusSchema, request.body);
        if ('problems' in body) throw new InboxError(400, 'Kies een geldige status.');
        const changed = await inbox.setStatus(
          session.member,
          String(request.params.reference),
          body.value.status,
          body.value.reden,
        );
        await record(session, 'status', changed.reference, changed.status);
        return detail(changed, setup.kaart());
      }),
    ),
  );
  server.post(
    '/api/staff/handovers/:reference/assign',
    auth.guard(SUPPORTER, async (request, response, session) =>
      answer(response, async () => {
        const body = checkBody(assignSchema, request.body);
        const colleague = 'problems' in body ? undefined : await setup.accounts.get(body.value.username);
        if (!colleague) throw new InboxError(400, 'Deze collega bestaat niet.');
        const changed = await inbox.assign(
          session.member,
          String(request.params.reference),
          memberOf(colleague),
        );
        await record(session, 'toegewezen', changed.reference, colleague.username);
        return detail(changed, setup.kaart());
      }),
    ),
  );
  server.post(
    '/api/staff/handovers/:reference/notes',
    auth.guard(SUPPORTER, async (request, response, session) =>
      answer(response, async () => {
        const body = checkBody(noteSchema, request.body);
        if ('problems' in body) throw new InboxError(400, 'Een notitie is hoogstens 4000 tekens.');
        const changed = await inbox.note(session.member, String(request.params.reference), body.value.tekst);
        await record(session, 'notitie', changed.reference);
        return detail(changed, setup.kaart());
      }),
    ),
  );
}

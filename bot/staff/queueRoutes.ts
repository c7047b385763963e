import type restify from 'restify';
import { z } from 'zod';
import type { Messages } from '../berichten/messages.js';
import { HandoffMoveError } from '../handoff/handoffBoard.js';
import type { HandoffBoard } from '../handoff/handoffBoard.js';
import { type LiveRelay, NotDeliveredError } from '../handoff/liveRelay.js';
import { checkBody } from '../http/checkBody.js';
import type { SocialeKaart } from '../kaart/schema.js';
import type { AuditAction, AuditLog } from './auditLog.js';
import { handoffView } from './handoffView.js';
import type { StaffAuth } from './staffAuth.js';
import type { StaffSession } from './staffSessions.js';

export interface QueueSetup {
  auth: StaffAuth;
  board: HandoffBoard;
  relay: LiveRelay;
  audit: AuditLog;
  messages: Messages;
  kaart(): SocialeKaart;
  now(): Date;
}

const messageSchema = z.strictObject({ text: z.string().trim().min(1).max(4000) });
const LOKET = ['loket'] as const;

/** The loket's API: the live queue, a conversation's transcript, take over, write, give back, close. */
export function addQueueRoutes(server: restify.Server, setup: QueueSetup): void {
  const { auth, board, relay, audit } = setup;
  const view = (handoff: Parameters<typeof handoffView>[0], transcript: boolean) =>
    handoffView(handoff, setup.kaart(), setup.messages, setup.now(), transcript);
  const opened = new Set<string>();
  const record = (session: StaffSession, action: AuditAction, id: string) =>
    audit.record({ username: session.member.username, role: session.member.role, action, case: id });

  server.get(
    '/api/staff/queue',
    auth.guard(LOKET, async (_request, response) => {
      response.json(200, { items: board.queue().map((handoff) => view(handoff, false)) });
    }),
  );

  server.get(
    '/api/staff/handoffs/:id',
    auth.guard(LOKET, async (request, response, session) => {
      const handoff = await board.get(String(request.params.id));
      if (!handoff) return void response.json(404, { error: 'Dit gesprek bestaat niet (meer).' });
      // One audit line per staff member and conversation per session, not one per live refresh.
      const key = `${session.csrfToken}/${handoff.id}`;
      if (!opened.has(key)) {
        if (opened.size > 10_000) opened.clear();
        opened.add(key);
        await record(session, 'geopend', handoff.id);
      }
      response.json(200, view(handoff, true));
    }),
  );

  /**
   * A change to a conversation; it is audited once it has happened. `notDelivered` tells the
   * staff member that the resident was not reached, and so nothing changed (502). `run` may
   * answer a notice for the staff member about a change that did happen.
   */
  const act = (
    name: string,
    action: AuditAction,
    notDelivered: string,
    run: (id: string, session: StaffSession, body: unknown) => Promise<string | undefined>,
  ) =>
    server.post(
      `/api/staff/handoffs/:id/${name}`,
      auth.guard(LOKET, async (request, response, session) => {
        const id = String(request.params.id);
        let melding: string | undefined;
        try {
          melding = await run(id, session, request.body);
        } catch (error) {
          const [status, message] =
            error instanceof NotDeliveredError ? [502, notDelivered] : problemOf(error);
          return void response.json(status, { error: message });
        }
        await record(session, action, id);
        const handoff = await board.get(id);
        response.json(200, handoff ? { ...view(handoff, true), ...(melding ? { melding } : {}) } : {});
      }),
    );
  const medewerker = (session: StaffSession) => ({
    username: session.member.username,
    naam: session.member.naam,
  });

  const gone = 'de inwoner is niet meer in de chat';
  act(
    'takeover',
    'overgenomen',
    `Het gesprek is niet overgenomen: ${gone}. Het staat nog in de wachtrij; sluit het af als de inwoner niet terugkomt.`,
    async (id, session) => {
      await relay.takeOver(id, medewerker(session));
      return undefined;
    },
  );
  act('messages', 'bericht', `Het bericht kwam niet aan: ${gone}.`, async (id, session, body) => {
    const checked = checkBody(messageSchema, body);
    if ('problems' in checked) throw new RequestError(400, 'Typ een bericht (hoogstens 4000 tekens).');
    const handoff = await board.get(id);
    if (!handoff) throw new RequestError(404, 'Dit gesprek bestaat niet (meer).');
    if (handoff.state !== 'staff' || handoff.medewerker?.username !== session.member.username) {
      throw new RequestError(409, 'Neem het gesprek eerst over.');
    }
    await relay.say(handoff, medewerker(session), checked.value.text);
    return undefined;
  });
  act(
    'giveback',
    'teruggegeven',
    `Het gesprek is niet teruggegeven: ${gone}. Het gesprek is nog van u; sluit het af als de inwoner niet terugkomt.`,
    async (id) => {
      await relay.giveBack(id);
      return undefined;
    },
  );
  act('close', 'afgesloten', `Het gesprek is niet afgesloten: ${gone}.`, async (id, session) => {
    const { told } = await relay.close(id, medewerker(session));
    return told ? undefined : `Afgesloten, maar ${gone} en kreeg geen afsluitbericht.`;
  });
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function problemOf(error: unknown): [number, string] {
  if (error instanceof RequestError) return [error.status, error.message];
  if (error instanceof HandoffMoveError)
    return [409, 'Dat kan niet meer: het gesprek is intussen veranderd.'];
  if (error instanceof Error && error.message.startsWith('No handoff'))
    return [404, 'Dit gesprek bestaat niet (meer).'];
  throw error;
}

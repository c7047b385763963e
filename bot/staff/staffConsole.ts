import { join } from 'node:path';
import type { CloudAdapter } from 'botbuilder';
import type restify from 'restify';
import type { Messages } from '../berichten/messages.js';
import type { HandoffBoard } from '../handoff/handoffBoard.js';
import { LiveRelay } from '../handoff/liveRelay.js';
import type { StaffEvents } from '../handoff/staffEvents.js';
import { addStaticFiles } from '../http/staticFiles.js';
import { HandoverInbox } from '../inbox/handoverInbox.js';
import type { KaartStore } from '../kaart/kaartStore.js';
import type { Log } from '../log.js';
import { PUBLIC_DIR } from '../paths.js';
import type { Repository } from '../storage/repository.js';
import { AuditLog } from './auditLog.js';
import { addCoordinatorRoutes } from './coordinatorRoutes.js';
import { addEventStream } from './eventStream.js';
import { addInboxRoutes } from './inboxRoutes.js';
import { addQueueRoutes } from './queueRoutes.js';
import { addReportRoutes } from './reportRoutes.js';
import { StaffAuth } from './staffAuth.js';
import { StaffSessions } from './staffSessions.js';

export interface StaffSetup {
  repository: Repository;
  board: HandoffBoard;
  events: StaffEvents;
  adapter: CloudAdapter;
  /** The bot's Microsoft App Id; empty when authentication is off. */
  appId: string;
  kaartStore: KaartStore;
  messages: Messages;
  /** Proxies in front whose X-Forwarded-For entries are believed (TRUST_PROXY). */
  trustProxy: number;
  log: Log;
  now?: () => Date;
}

const CONSOLE_DIR = join(PUBLIC_DIR, 'staff');

/** The console's page: nothing from elsewhere, not to be framed, never cached with personal data. */
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** The staff console at `/staff` and its API under `/api/staff`, on the bot's own server. */
export function addStaffConsole(server: restify.Server, setup: StaffSetup): void {
  const now = setup.now ?? (() => new Date());
  const audit = new AuditLog(setup.repository.audit, now);
  const auth = new StaffAuth({
    accounts: setup.repository.staff,
    sessions: new StaffSessions(() => now().getTime()),
    audit,
    trustProxy: setup.trustProxy,
    log: setup.log,
  });
  const relay = new LiveRelay(setup.adapter, setup.appId, setup.board, setup.messages, now);
  auth.addRoutes(server);
  addEventStream(server, auth, setup.events);
  addQueueRoutes(server, {
    auth,
    board: setup.board,
    relay,
    audit,
    messages: setup.messages,
    kaart: () => setup.kaartStore.kaart,
    now,
  });
  addInboxRoutes(server, {
    auth,
    inbox: new HandoverInbox(setup.repository.handovers, now),
    accounts: setup.repository.staff,
    audit,
    kaart: () => setup.kaartStore.kaart,
  });
  addCoordinatorRoutes(server, auth, audit, setup.kaartStore, now);
  addReportRoutes(server, { auth, repository: setup.repository, kaartStore: setup.kaartStore, now });
  const page = {
    'content-security-policy': CONSOLE_CSP,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
  addStaticFiles(server, [
    {
      path: '/staff',
      file: join(CONSOLE_DIR, 'index.html'),
      contentType: 'text/html; charset=utf-8',
      headers: page,
    },
    {
      path: '/staff/',
      file: join(CONSOLE_DIR, 'index.html'),
      contentType: 'text/html; charset=utf-8',
      headers: page,
    },
    {
      path: '/staff/console.css',
      file: join(CONSOLE_DIR, 'console.css'),
      contentType: 'text/css; charset=utf-8',
    },
    ...['console.js', 'queue.js', 'inbox.js', 'coordinator.js', 'report.js', 'dom.js', 'teksten.js'].map(
      (name) => ({
        path: `/staff/${name}`,
        file: join(CONSOLE_DIR, name),
        contentType: 'text/javascript; charset=utf-8',
      }),
    ),
  ]);
}

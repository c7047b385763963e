import type restify from 'restify';
import { createAdapter } from './adapter.js';
import type { Messages } from './berichten/messages.js';
import type { Config } from './config.js';
import { createBot, type WegwijzerParts } from './createBot.js';
import { type WebChannel, createWebChannel } from './directline/webChannel.js';
import { StaffEvents } from './handoff/staffEvents.js';
import { HandoverMail } from './inbox/handoverMail.js';
import type { KaartStore } from './kaart/kaartStore.js';
import type { Log } from './log.js';
import { createServer } from './server.js';
import { addStaffConsole } from './staff/staffConsole.js';

export type AppConfig = Pick<
  Config,
  | 'dataDir'
  | 'retentionDays'
  | 'allowedServiceHosts'
  | 'identity'
  | 'directLine'
  | 'allowedOrigins'
  | 'trustProxy'
  | 'hubEnabled'
  | 'mail'
  | 'publicUrl'
>;

/** Wegwijzer, wired and ready to listen. */
export interface App {
  server: restify.Server;
  parts: WegwijzerParts;
  web: WebChannel;
  /** Call once listening: the built-in channel learns the server's own address. */
  listening(base: string): void;
  close(): Promise<void>;
}

/**
 * The composition of bot, web channel and staff console on one server: what `npm start` runs
 * and what the tests start, so both exercise the same wiring.
 */
export async function createApp(
  config: AppConfig,
  kaartStore: KaartStore,
  messages: Messages,
  log: Log,
  now?: () => Date,
): Promise<App> {
  const staffEvents = new StaffEvents();
  const mail = config.mail ? new HandoverMail(config.mail, config.publicUrl, log) : undefined;
  const web = createWebChannel({
    directLine: config.directLine,
    authenticated: config.identity !== undefined,
    log,
  });
  const parts = createBot({
    kaartStore,
    messages,
    dataDir: config.dataDir,
    retentionDays: config.retentionDays,
    log,
    hubEnabled: config.hubEnabled,
    staffEvents,
    ...(mail ? { mail } : {}),
    ...(now ? { now } : {}),
    ...(web.local ? { references: web.local.channel } : {}),
  });
  await parts.dropUnfinishedWrites();
  await parts.handoffs.load();
  const adapter = createAdapter(config.identity, { log, ...parts.errors });
  // The built-in channel's own connector address needs no entry: only the channel may name it
  // (see addBotEndpoint), so no other caller can send replies to this server's loopback address.
  const allowedServiceHosts = config.identity ? undefined : config.allowedServiceHosts;
  const server = createServer(
    kaartStore,
    { adapter, bot: parts.bot, allowedServiceHosts, log },
    { channel: web, allowedOrigins: config.allowedOrigins, trustProxy: config.trustProxy, messages },
    parts.storageHealth,
  );
  addStaffConsole(server, {
    repository: parts.repository,
    board: parts.handoffs,
    events: staffEvents,
    adapter,
    appId: config.identity?.appId ?? '',
    kaartStore,
    messages,
    trustProxy: config.trustProxy,
    log,
    ...(now ? { now } : {}),
  });
  return {
    server,
    parts,
    web,
    listening: (base) => web.local?.channel.attach(base),
    close: async () => {
      mail?.close();
      parts.storageHealth.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Live consoles' event streams and idle keep-alive connections would hold the close open.
      server.server.closeAllConnections();
      await closed;
    },
  };
}

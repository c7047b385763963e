import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { type App, createApp } from '../../bot/app.js';
import { loadTaal } from '../../bot/analyser/taal.js';
import { Messages } from '../../bot/berichten/messages.js';
import type { MailSettings } from '../../bot/config.js';
import { KaartStore } from '../../bot/kaart/kaartStore.js';
import { type Log, silentLog } from '../../bot/log.js';
import { BERICHTEN_DIR, SAMPLE_KAART_FILE, TAAL_FILE } from '../../bot/paths.js';
import type { WebChannel } from '../../bot/directline/webChannel.js';
import { listenOnLoopback } from './listenOnLoopback.js';

export const MESSAGES = Messages.load(BERICHTEN_DIR);
const TAAL = loadTaal(TAAL_FILE);

/** A running Wegwijzer on a free port, with its own data directory. */
export interface RunningBot {
  base: string;
  dataDir: string;
  web: WebChannel;
  app: App;
  close(): Promise<void>;
}

export interface BotOptions {
  /** Azure's Direct Line instead of the built-in channel. */
  directLine?: { secret: string; domain: string };
  allowedOrigins?: string[];
  /** true for one proxy in front, or their number. */
  trustProxy?: boolean | number;
  /** Where replies may go; by default the `Resident`'s own serviceUrl. */
  allowedServiceHosts?: string[];
  hubEnabled?: boolean;
  mail?: MailSettings;
  /** The bot's clock (opening hours, dates); the real one when absent. */
  now?: () => Date;
}

/** Starts the real server (restify, CloudAdapter, lowdb files, web channel, staff console) as `npm start` wires it. */
export async function startBot(
  dataDir = mkdtempSync(join(tmpdir(), 'wegwijzer-data-')),
  log: Log = silentLog,
  options: BotOptions = {},
): Promise<RunningBot> {
  const kaartStore = KaartStore.open(SAMPLE_KAART_FILE, { taal: TAAL });
  const app = await createApp(
    {
      dataDir,
      retentionDays: 90,
      allowedServiceHosts: options.allowedServiceHosts ?? [RESIDENT_SERVICE_URL],
      identity: undefined,
      directLine: options.directLine,
      allowedOrigins: options.allowedOrigins ?? [],
      trustProxy: options.trustProxy === true ? 1 : options.trustProxy || 0,
      hubEnabled: options.hubEnabled ?? false,
      mail: options.mail,
      publicUrl: 'http://wegwijzer.test',
    },
    kaartStore,
    MESSAGES,
    log,
    options.now,
  );
  const base = await listenOnLoopback(app.server);
  app.listening(base);
  return { base, dataDir, web: app.web, app, close: () => app.close() };
}

/** The serviceUrl a `Resident` names: nothing listens there, as replies come in the HTTP answer. */
export const RESIDENT_SERVICE_URL = 'http://localhost:9/';

/** What the resident sends: typed text, or a button's id. */
export type Input = string | { choice: string };

/** One resident in one conversation, talking over HTTP with `deliveryMode: expectReplies`. */
export class Resident {
  constructor(
    private readonly bot: () => RunningBot,
    readonly userId: string,
    readonly conversationId: string,
    private readonly channelId = 'webchat',
    /** Channel-specific fields every activity carries (Teams' tenant, conversation type...). */
    private readonly fields: Record<string, unknown> = {},
  ) {}

  async post(body: Record<string, unknown>): Promise<Response> {
    return fetch(`${this.bot().base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: this.channelId,
        serviceUrl: RESIDENT_SERVICE_URL,
        from: { id: this.userId },
        recipient: { id: 'wegwijzer' },
        conversation: { id: this.conversationId },
        locale: 'nl-NL',
        deliveryMode: 'expectReplies',
        ...this.fields,
        ...body,
      }),
    });
  }

  /** Sends a message and returns the bot's messages in reply. */
  async say(input: Input): Promise<Partial<Activity>[]> {
    const body =
      typeof input === 'string'
        ? { type: 'message', text: input }
        : { type: 'message', text: '', value: input };
    return this.replies(await this.post(body));
  }

  /** Opens the conversation as Web Chat does. */
  async join(): Promise<Partial<Activity>[]> {
    const members = [{ id: this.userId }, { id: 'wegwijzer' }];
    return this.replies(await this.post({ type: 'conversationUpdate', membersAdded: members }));
  }

  private async replies(response: Response): Promise<Partial<Activity>[]> {
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    const body: { activities: Partial<Activity>[] } = await response.json();
    return body.activities.filter((activity) => activity.type === 'message');
  }
}

/**
 * A bot message as the tests read it: what botbuilder's Activity and botframework-directlinejs'
 * Activity have in common.
 */
export interface Reply {
  type?: string;
  text?: string;
  replyToId?: string;
  channelData?: {
    wegwijzer?: { step?: string; outcome?: { type: string; reference?: string; providers: string[] } };
  };
  attachments?: { content?: unknown }[];
  suggestedActions?: { actions: { title?: string; value?: unknown }[] };
}

/** The step id the last question of a reply carries. */
export function stepOf(replies: Reply[]): string | undefined {
  return replies
    .map((reply) => reply.channelData?.wegwijzer?.step)
    .filter(Boolean)
    .pop();
}

/** The outcome carried by a reply, if any. */
export function outcomeOf(
  replies: Reply[],
): { type: string; reference?: string; providers: string[] } | undefined {
  return replies.map((reply) => reply.channelData?.wegwijzer?.outcome).find(Boolean);
}

/** All text of a reply, including hero cards. */
export function textOf(replies: Reply[]): string {
  return replies
    .map((reply) =>
      [reply.text ?? '', ...(reply.attachments ?? []).map((card) => JSON.stringify(card.content))].join('\n'),
    )
    .join('\n');
}

/** The ids the buttons of the last question send. */
export function choicesOf(replies: Reply[]): string[] {
  const last = replies.filter((reply) => reply.suggestedActions).pop();
  return (last?.suggestedActions?.actions ?? []).map(({ value }) =>
    typeof value === 'object' && value !== null && 'choice' in value ? String(value.choice) : '',
  );
}

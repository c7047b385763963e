import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type restify from 'restify';
import { CHANNEL_KEY_HEADER, type LocalDirectLine } from '../directline/localDirectLine.js';
import { type Log, errorFields } from '../log.js';
import { adapterResponse } from './adapterResponse.js';
import { type Rate, ClientLimit } from './clientLimit.js';
import { answerTooMany } from './errorAnswer.js';
import { checkActivity } from './inboundActivity.js';
import { isAllowedServiceUrl } from './serviceUrls.js';
import { TokenBuckets } from './tokenBuckets.js';

export const BOT_ENDPOINT_PATH = '/api/messages';

/** The bot's endpoint, when the server hosts one. */
export interface BotEndpoint {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  /**
   * Where replies may go (see ALLOWED_SERVICE_HOSTS); undefined when requests are authenticated
   * (Azure Bot Service). The built-in channel's own address needs no entry.
   */
  allowedServiceHosts: readonly string[] | undefined;
  log: Log;
}

// Without authentication anyone may post here, and every post is a turn of the bot. A real
// channel (the Emulator) sends a resident's messages at the pace they type them.
const PER_CONVERSATION: Rate = { burst: 30, perSecond: 1 };
const PER_CLIENT: Rate = { burst: 200, perSecond: 5 };

/** `POST /api/messages`: the Bot Framework activity, checked, limited, then run by the adapter. */
export function addBotEndpoint(
  server: restify.Server,
  endpoint: BotEndpoint,
  local: LocalDirectLine | undefined,
  trustProxy: number,
): void {
  const clients = new ClientLimit(PER_CLIENT, trustProxy);
  const conversations = new TokenBuckets(PER_CONVERSATION.burst, PER_CONVERSATION.perSecond);
  server.post(BOT_ENDPOINT_PATH, async (request, response) => {
    const fromChannel = local?.sentBy(request.header(CHANNEL_KEY_HEADER)) ?? false;
    // The built-in channel posts every resident's activities from this server itself: those are
    // counted per resident at its Direct Line routes. With authentication only Azure Bot
    // Service gets through, for all residents at once, so its callers are not counted either.
    const counted = endpoint.allowedServiceHosts !== undefined && !fromChannel;
    const clientWait = counted ? clients.wait(request) : 0;
    if (clientWait > 0) {
      answerTooMany(request, response, clientWait, 'Too many activities from this address.');
      return;
    }
    const checked = checkActivity(request.body);
    if ('problems' in checked) {
      response.json(400, {
        error: 'This is not a usable Bot Framework activity.',
        problems: checked.problems,
      });
      return;
    }
    const { activity } = checked;
    // "directline" activities, which address the residents of the built-in channel, are only
    // believed when the channel itself sends them.
    if (local && activity.channelId === local.channelId && !fromChannel) {
      response.json(403, { error: 'Direct Line activities come only from the built-in channel.' });
      return;
    }
    const conversationWait = counted
      ? conversations.take(`${activity.channelId}|${activity.conversation.id}`)
      : 0;
    if (conversationWait > 0) {
      answerTooMany(request, response, conversationWait, 'Too many activities in this conversation.');
      return;
    }
    // The built-in channel names its own connector address, exactly, and it alone may.
    const own = fromChannel && activity.serviceUrl === local?.serviceUrl;
    const hosts = endpoint.allowedServiceHosts;
    if (hosts && !own && !isAllowedServiceUrl(activity.serviceUrl, hosts)) {
      endpoint.log.warn('serviceUrl refused', { host: safeHost(activity.serviceUrl) });
      response.json(403, {
        error: 'Replies cannot be sent to this serviceUrl (see ALLOWED_SERVICE_HOSTS).',
      });
      return;
    }
    try {
      await endpoint.adapter.process(request, adapterResponse(response), (context) =>
        endpoint.bot.run(context),
      );
    } catch (error) {
      endpoint.log.error('activity not processed', errorFields(error));
      if (!response.headersSent) response.json(500, { error: 'The bot could not process this activity.' });
    }
  });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid)';
  }
}

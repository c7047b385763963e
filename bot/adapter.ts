import type { CloudAdapter, ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import { CachingBotFrameworkAuthentication } from './connectorCache.js';
import type { BotIdentity } from './config.js';
import { type Log, errorFields } from './log.js';
import { QueuedCloudAdapter } from './queuedAdapter.js';
import { DEFAULT_TURN_QUEUE_LIMITS, TurnQueue, type TurnQueueLimits } from './turnQueue.js';
import { TypingIndicator } from './typingIndicator.js';

/** What the adapter does when a turn fails: log it (without the resident's text) and tell them. */
export interface TurnErrorHandling {
  log: Log;
  /** The message for the resident, in their language, for what went wrong. */
  apology(context: TurnContext, error: unknown): Promise<string>;
  /** Leaves the conversation in a state the next message can continue from. */
  recover(context: TurnContext, error: unknown): Promise<void>;
}

/**
 * The Bot Framework adapter. With an identity it authenticates every request as Azure Bot
 * Service does; without one (Emulator, local Direct Line) authentication is off, and the
 * server's allow-list of service URLs is what keeps replies from going anywhere. The turns of
 * one conversation run one at a time (`queue`: how many may wait).
 */
export function createAdapter(
  identity: BotIdentity | undefined,
  errors: TurnErrorHandling,
  queue: TurnQueueLimits = DEFAULT_TURN_QUEUE_LIMITS,
): CloudAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = identity
    ? {
        MicrosoftAppId: identity.appId,
        MicrosoftAppPassword: identity.appPassword,
        MicrosoftAppType: identity.appType,
        MicrosoftAppTenantId: identity.tenantId,
      }
    : {};
  const adapter = new QueuedCloudAdapter(
    new CachingBotFrameworkAuthentication(settings),
    new TurnQueue(queue),
    errors.log,
  );
  adapter.use(new TypingIndicator(errors.log));
  adapter.onTurnError = async (context, error) => {
    errors.log.error('turn failed', {
      ...errorFields(error),
      channelId: context.activity.channelId,
      activityType: context.activity.type,
    });
    // The resident hears first: recovery writes, and on a broken disk it fails as the turn did.
    try {
      await context.sendActivity(await errors.apology(context, error));
    } catch (sendError) {
      errors.log.error('apology not sent', errorFields(sendError));
    }
    try {
      await errors.recover(context, error);
    } catch (secondError) {
      errors.log.error('could not recover from a failed turn', errorFields(secondError));
    }
  };
  return adapter;
}

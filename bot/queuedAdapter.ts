import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationError,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import { type Log, errorFields } from './log.js';
import { TurnQueue } from './turnQueue.js';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * The keys of the state an activity's turn reads and writes: its conversation and its resident.
 * Conversation first, then resident, for every turn, so two turns never wait for each other.
 */
export function turnKeys(activity: Partial<Activity>): string[] {
  const channel = activity.channelId ?? '';
  const keys = [`${channel}/conversations/${activity.conversation?.id ?? ''}`];
  if (activity.from?.id) keys.push(`${channel}/users/${activity.from.id}`);
  return keys;
}

/**
 * A CloudAdapter that runs the turns of one conversation, and of one resident, one at a time.
 * Every activity posted to the bot passes here (Azure's channels and the built-in Direct Line
 * channel alike), after authentication, so an unauthenticated caller cannot hold a place in a
 * conversation's queue. The whole turn holds its place, error handling included: the turn-error
 * handler's recovery cannot overlap the next turn. Proactive turns (a staff member's message
 * relayed to the resident) take another path and never wait here.
 */
export class QueuedCloudAdapter extends CloudAdapter {
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly turns: TurnQueue,
    private readonly log: Log,
  ) {
    super(authentication);
  }

  protected override async processActivity(
    authentication: string | AuthenticateRequestResult,
    activity: Activity,
    logic: Logic,
  ): Promise<InvokeResponse | undefined> {
    // CloudAdapter.process() would print what escapes here with console.error, outside
    // Wegwijzer's log; it is logged here instead, and answered with a status.
    try {
      return await this.queued(authentication, activity, logic);
    } catch (error) {
      const refused = error instanceof AuthenticationError;
      if (refused) this.log.warn('activity not authenticated', { channelId: activity.channelId });
      else this.log.error('activity not processed', errorFields(error));
      return { status: refused ? 401 : 500 };
    }
  }

  private async queued(
    authentication: string | AuthenticateRequestResult,
    activity: Activity,
    logic: Logic,
  ): Promise<InvokeResponse | undefined> {
    const authenticated =
      typeof authentication === 'string'
        ? await this.botFrameworkAuthentication.authenticateRequest(activity, authentication)
        : authentication;
    const turn = this.turns.run(turnKeys(activity), () =>
      super.processActivity(authenticated, activity, logic),
    );
    if (turn) return turn;
    this.log.warn('turn refused: too many turns wait in its conversation', {
      channelId: activity.channelId,
      activityType: activity.type,
    });
    return {
      status: 429,
      body: {
        error: 'Too many messages at once in this conversation: wait for the answer, then send again.',
      },
    };
  }
}

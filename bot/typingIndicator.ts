import { type Middleware, TurnContext } from 'botbuilder';
import { type Log, errorFields } from './log.js';

/**
 * Shows "Wegwijzer is typing…" while a turn takes long (a slow disk, a busy server), so the
 * resident knows their message arrived. Quick turns send nothing. Unlike botbuilder's
 * ShowTypingMiddleware, a failed typing activity is only logged: it must never turn into an
 * apology to the resident, and replies bundled in one HTTP response (expectReplies) get none.
 */
export class TypingIndicator implements Middleware {
  constructor(
    private readonly log: Log,
    private readonly delayMs = 400,
    private readonly periodMs = 2500,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.type !== 'message' || activity.deliveryMode === 'expectReplies') return next();
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = (delay: number) => {
      timer = setTimeout(async () => {
        if (finished) return;
        const typing = TurnContext.applyConversationReference(
          { type: 'typing' },
          TurnContext.getConversationReference(activity),
        );
        await context.adapter
          .sendActivities(context, [typing])
          .catch((error: unknown) => this.log.debug('typing indicator not sent', errorFields(error)));
        if (!finished) schedule(this.periodMs);
      }, delay);
    };
    schedule(this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }
}

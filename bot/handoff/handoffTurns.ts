import type { TurnContext } from 'botbuilder';
import type { Messages } from '../berichten/messages.js';
import type { Log } from '../log.js';
import type { Handoff } from './handoff.js';
import type { HandoffBoard } from './handoffBoard.js';
import { hubStatusOf } from './handoffEvents.js';
import { entryOf } from './transcript.js';

export interface HandoffTurnParts {
  handoffs: HandoffBoard;
  hubEnabled: boolean;
  messages: Messages;
  log: Log;
  conversationKey(context: TurnContext): string;
  now(): Date;
  /** The loket's phone number, for when a hub cannot take the conversation. */
  loketTelefoon(): string;
}

/**
 * What a turn means for a conversation's handoff, before the bot may answer it: a staff member
 * has the conversation (the resident's message goes to them, the bot stays silent), or a
 * contact-centre hub reports on it (`handoff.status`).
 */
export class HandoffTurns {
  constructor(private readonly parts: HandoffTurnParts) {}

  /** True when the turn was handled here and the bot must not answer it. */
  async handled(context: TurnContext): Promise<boolean> {
    const status = hubStatusOf(context.activity);
    const handoff = this.parts.handoffs.liveFor(this.parts.conversationKey(context));
    if (status) {
      if (!this.parts.hubEnabled) {
        this.parts.log.warn('handoff.status ignored: no hub is configured (HANDOFF_HUB)');
        return true;
      }
      if (handoff) await this.hubReport(context, handoff, status.state);
      return true;
    }
    if (handoff?.state !== 'staff') return false;
    if (context.activity.type === 'message') {
      const entry = entryOf(context.activity, 'bewoner', this.parts.now());
      if (entry) await this.parts.handoffs.append(handoff.id, [entry]);
    }
    return true;
  }

  /** The id of a handoff that ended since the resident last wrote: the intake starts afresh. */
  restartAfterHandoff(context: TurnContext): string | undefined {
    if (context.activity.type !== 'message') return undefined;
    const handoff = this.parts.handoffs.liveFor(this.parts.conversationKey(context));
    return handoff?.restartPending ? handoff.id : undefined;
  }

  private async hubReport(
    context: TurnContext,
    handoff: Handoff,
    state: 'accepted' | 'failed' | 'completed',
  ): Promise<void> {
    const { handoffs } = this.parts;
    if (state === 'accepted' && handoff.state === 'waiting') {
      await handoffs.move(handoff.id, 'staff', {
        via: 'hub',
        medewerker: { username: 'hub', naam: 'contactcentrum' },
      });
    } else if (state === 'completed' && handoff.state === 'staff') {
      await handoffs.move(handoff.id, 'bot');
    } else if (state === 'failed' && handoff.state === 'waiting') {
      await handoffs.move(handoff.id, 'bot');
      const telefoon = this.parts.loketTelefoon();
      await context.sendActivity(
        this.parts.messages.text(handoff.taal, 'medewerker.hubNietGelukt', { telefoon }),
      );
    }
  }
}

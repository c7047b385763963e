import type { CloudAdapter } from 'botbuilder';
import type { Messages } from '../berichten/messages.js';
import type { TextKey } from '../berichten/messageKeys.js';
import { escapeMarkdown } from '../berichten/escapeMarkdown.js';
import type { Handoff, Medewerker } from './handoff.js';
import type { HandoffBoard } from './handoffBoard.js';
import { entryOf } from './transcript.js';

/** A message could not reach the resident (their chat is gone, the channel refused it). */
export class NotDeliveredError extends Error {}

/**
 * Staff and resident talking through the bot: what a staff member does in the console reaches
 * the resident as a proactive message (`continueConversationAsync`, the same for every
 * channel), and each line goes into the handoff's transcript.
 */
export class LiveRelay {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's Microsoft App Id; empty when authentication is off. */
    private readonly appId: string,
    private readonly board: HandoffBoard,
    private readonly messages: Messages,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A staff member takes the conversation over: from now on the bot is silent in it. */
  async takeOver(id: string, medewerker: Medewerker, via: Handoff['via'] = 'console'): Promise<Handoff> {
    const handoff = await this.board.move(id, 'staff', { medewerker, via });
    return this.tell(handoff, 'medewerker.erbij', { naam: medewerker.naam }, 'bot');
  }

  /** A staff member's message, shown to the resident with their name. */
  async say(handoff: Handoff, medewerker: Medewerker, text: string): Promise<Handoff> {
    const shown = this.messages.text(handoff.taal, 'medewerker.bericht', {
      naam: escapeMarkdown(medewerker.naam),
      tekst: escapeMarkdown(text),
    });
    await this.send(handoff, shown);
    return this.board.append(handoff.id, [
      { at: this.now().toISOString(), from: 'medewerker', naam: medewerker.naam, text },
    ]);
  }

  /** Back to the bot: the resident is told, and their next message starts a new question. */
  async giveBack(id: string): Promise<Handoff> {
    const handoff = await this.board.move(id, 'bot');
    return this.tell(handoff, 'medewerker.terug', {}, 'bot');
  }

  /** Ends the conversation politely. */
  async close(id: string, medewerker: Medewerker): Promise<Handoff> {
    const handoff = await this.board.move(id, 'closed');
    return this.tell(handoff, 'medewerker.afgesloten', { naam: medewerker.naam }, 'bot');
  }

  private async tell(
    handoff: Handoff,
    key: TextKey,
    values: Record<string, string>,
    from: 'bot',
  ): Promise<Handoff> {
    const text = this.messages.text(handoff.taal, key, values);
    await this.send(handoff, text);
    const entry = entryOf({ type: 'message', text }, from, this.now());
    return entry ? this.board.append(handoff.id, [entry]) : handoff;
  }

  private async send(handoff: Handoff, text: string): Promise<void> {
    // The adapter hands an error inside the callback to onTurnError (which would apologise to
    // the resident) instead of throwing it: it is caught here, so the staff member hears of it.
    let failure: unknown;
    const reference = this.board.referenceOf(handoff);
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      // Not a reply to anything: Web Chat holds back a message whose replyToId it has not seen.
      context.onSendActivities(async (_context, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      try {
        await context.sendActivity({
          type: 'message',
          text,
          locale: handoff.taal === 'en' ? 'en-US' : 'nl-NL',
        });
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) {
      throw new NotDeliveredError(
        `Not delivered to the resident: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  }
}

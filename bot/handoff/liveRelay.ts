import type { CloudAdapter } from 'botbuilder';
import type { Messages } from '../berichten/messages.js';
import type { TextKey } from '../berichten/messageKeys.js';
import { escapeMarkdown } from '../berichten/escapeMarkdown.js';
import { KeyedQueue } from '../storage/keyedQueue.js';
import { type Handoff, type HandoffState, type Medewerker, canMove } from './handoff.js';
import { HandoffMoveError, type HandoffBoard } from './handoffBoard.js';
import { entryOf } from './transcript.js';

/** A message could not reach the resident (their chat is gone, the channel refused it). */
export class NotDeliveredError extends Error {}

/**
 * Staff and resident talking through the bot: what a staff member does in the console reaches
 * the resident as a proactive message (`continueConversationAsync`, the same for every
 * channel), and each line goes into the handoff's transcript.
 *
 * A take-over or give-back is told to the resident first and happens only once that message
 * arrived: a NotDeliveredError means nothing changed. Closing happens either way, so the loket
 * can clear a conversation whose resident has left.
 */
export class LiveRelay {
  /** One change at a time per conversation, so no one is told of a change that then fails. */
  private readonly serial = new KeyedQueue();

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
    return this.serial.run(id, async () => {
      const handoff = await this.movable(id, 'staff');
      const text = this.textFor(handoff, 'medewerker.erbij', { naam: medewerker.naam });
      await this.send(handoff, text);
      await this.board.move(id, 'staff', { medewerker, via });
      return this.note(id, text);
    });
  }

  /** A staff member's message, shown to the resident with their name. */
  async say(handoff: Handoff, medewerker: Medewerker, text: string): Promise<Handoff> {
    const shown = this.messages.text(handoff.taal, 'medewerker.bericht', {
      naam: escapeMarkdown(medewerker.naam),
      tekst: escapeMarkdown(text),
    });
    return this.serial.run(handoff.id, async () => {
      await this.send(handoff, shown);
      return this.board.append(handoff.id, [
        { at: this.now().toISOString(), from: 'medewerker', naam: medewerker.naam, text },
      ]);
    });
  }

  /** Back to the bot: the resident is told, and their next message starts a new question. */
  async giveBack(id: string): Promise<Handoff> {
    return this.serial.run(id, async () => {
      const handoff = await this.movable(id, 'bot');
      const text = this.textFor(handoff, 'medewerker.terug', {});
      await this.send(handoff, text);
      await this.board.move(id, 'bot');
      return this.note(id, text);
    });
  }

  /** Ends the conversation politely; `told` is false when the resident could not be told. */
  async close(id: string, medewerker: Medewerker): Promise<{ handoff: Handoff; told: boolean }> {
    return this.serial.run(id, async () => {
      const handoff = await this.board.move(id, 'closed');
      const text = this.textFor(handoff, 'medewerker.afgesloten', { naam: medewerker.naam });
      try {
        await this.send(handoff, text);
      } catch (error) {
        if (!(error instanceof NotDeliveredError)) throw error;
        return { handoff, told: false };
      }
      return { handoff: await this.note(id, text), told: true };
    });
  }

  /** The handoff, if it exists and may move to `to` now (else the same errors as the board's). */
  private async movable(id: string, to: HandoffState): Promise<Handoff> {
    const handoff = await this.board.get(id);
    if (!handoff) throw new Error(`No handoff ${id}.`);
    if (!canMove(handoff.state, to)) throw new HandoffMoveError(handoff.state, to);
    return handoff;
  }

  private textFor(handoff: Handoff, key: TextKey, values: Record<string, string>): string {
    return this.messages.text(handoff.taal, key, values);
  }

  /** Puts what the bot told the resident into the transcript. */
  private async note(id: string, text: string): Promise<Handoff> {
    const entry = entryOf({ type: 'message', text }, 'bot', this.now());
    const handoff = entry ? await this.board.append(id, [entry]) : await this.board.get(id);
    if (!handoff) throw new Error(`No handoff ${id}.`);
    return handoff;
  }

  private async send(handoff: Handoff, text: string): Promise<void> {
    // The adapter hands an error inside the callback to onTurnError (which would apologise to
    // the resident) instead of throwing it: it is caught here, so the staff member hears of it.
    let failure: unknown;
    const reference = this.board.referenceOf(handoff);
    try {
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
    } catch (error) {
      // A reference the adapter cannot use at all (no service URL, refused credentials).
      failure = error;
    }
    if (failure !== undefined) {
      throw new NotDeliveredError(
        `Not delivered to the resident: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    }
  }
}

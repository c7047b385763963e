import { randomUUID } from 'node:crypto';
import { ActivityHandler, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import { type DialogState, DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import type { StatePropertyAccessor } from 'botbuilder';
import type { MainDialog } from '../dialogs/mainDialog.js';
import { QUESTION_WORDS } from '../dialogs/prompts/typedAnswers.js';
import type { Messages, Taal } from './berichten/messages.js';
import { trackContact } from './contacts.js';
import { HandoffTurns } from './handoff/handoffTurns.js';
import type { HandoffBoard } from './handoff/handoffBoard.js';
import { type TranscriptEntry, appendEntries, entryOf } from './handoff/transcript.js';
import { allDone, turnWritesDone, writeDuringTurn } from './turnWrites.js';
import { type Bewoner, type Gesprek, type IntakeCase, closeCase, newCase } from './intake/intakeCase.js';
import type { Log } from './log.js';
import { isTeamsGroup, residentJoined } from './teams/teamsScope.js';

export interface BotParts {
  conversationState: ConversationState;
  userState: UserState;
  dialogState: StatePropertyAccessor<DialogState>;
  gesprek: StatePropertyAccessor<Gesprek>;
  bewoner: StatePropertyAccessor<Bewoner>;
  dialog: MainDialog;
  messages: Messages;
  conversationKey(context: TurnContext): string;
  /** The case stored in another conversation's state, if it holds one. */
  caseOf(conversationKey: string): Promise<IntakeCase | undefined>;
  isCommand(text: string): boolean;
  hasTopic(context: TurnContext, text: string): boolean;
  handoffs: HandoffBoard;
  /** Whether `handoff.status` events from a contact-centre hub are believed (HANDOFF_HUB). */
  hubEnabled: boolean;
  log: Log;
  now(): Date;
  loketTelefoon(): string;
}

function taalOf(locale: string | undefined): Taal {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/**
 * Wegwijzer's activity handler: prepares the conversation and resident state, runs the intake
 * dialog for messages and for a new member, and saves the state at the end of every turn.
 */
export class WegwijzerBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly handoffTurns: HandoffTurns;

  constructor(private readonly parts: BotParts) {
    super();
    // A DialogSet, not runDialog(): runDialog also builds every memory scope and sends a trace
    // with a snapshot of all state on every turn. Wegwijzer uses neither, and without them a
    // turn costs less: 450–494 against 542 turns/s at C = 50 in the benchmark.
    this.dialogs = new DialogSet(parts.dialogState).add(parts.dialog);
    this.handoffTurns = new HandoffTurns(parts);
    this.onMessage(async (context, next) => {
      if (isTeamsGroup(context)) await this.onlyPersonal(context);
      else await this.converse(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some(
        (member) => member.id === context.activity.recipient.id,
      );
      if (isTeamsGroup(context)) {
        if (botAdded) await this.onlyPersonal(context);
      } else if (residentJoined(context)) {
        await this.converse(context);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // A conversation a person has taken over (or a hub's report on one) is not the bot's to answer.
    if (await this.handoffTurns.handled(context)) return;
    await super.run(context);
    // Independent files (the conversation, the resident, the records of the turn): written side
    // by side, so the turn waits for one disk round rather than one per file. Should one fail,
    // the turn still waits for the others: its error handling then sees what is on disk.
    await allDone([
      this.parts.conversationState.saveChanges(context),
      this.parts.userState.saveChanges(context),
      turnWritesDone(context),
    ]);
  }

  private async converse(context: TurnContext): Promise<void> {
    const { parts } = this;
    const now = parts.now();
    const gesprek = await parts.gesprek.get(context, {
      taal: taalOf(context.activity.locale),
      case: newCase(randomUUID(), now),
    });
    const bewoner = await parts.bewoner.get(context, { contacts: 0, conversationKeys: [] });
    const restart = this.handoffTurns.restartAfterHandoff(context);
    if (restart) await this.restart(context, gesprek, bewoner, restart);
    const started = (await parts.dialogState.get(context))?.dialogStack?.length ?? 0;
    if (started === 0) this.rememberOpeningQuestion(context, gesprek);
    await this.recallPreviousCase(context, bewoner);
    trackContact(
      bewoner,
      gesprek,
      { id: context.activity.conversation.id, key: parts.conversationKey(context) },
      now,
    );
    if (gesprek.consent !== undefined) bewoner.consent = gesprek.consent;
    bewoner.taal = gesprek.taal;
    const said = this.transcribe(context);
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(parts.dialog.id);
    this.keepTranscript(context, gesprek, said);
  }

  /** Collects this turn's lines: the resident's message and everything the bot sends. */
  private transcribe(context: TurnContext): TranscriptEntry[] {
    const now = this.parts.now();
    const said: TranscriptEntry[] = [];
    const own = entryOf(context.activity, 'bewoner', now);
    if (own) said.push(own);
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        const entry = entryOf(activity, 'bot', this.parts.now());
        if (entry) said.push(entry);
      }
      return next();
    });
    return said;
  }

  /**
   * The turn's lines go into the conversation's transcript (on disk only with consent, as all
   * state) and, while the resident waits for a person, into the handoff the staff member reads.
   */
  private keepTranscript(context: TurnContext, gesprek: Gesprek, said: TranscriptEntry[]): void {
    if (said.length === 0) return;
    gesprek.transcript = appendEntries(gesprek.transcript ?? [], said);
    const handoff = this.parts.handoffs.liveFor(this.parts.conversationKey(context));
    if (handoff?.state === 'waiting') writeDuringTurn(context, this.parts.handoffs.append(handoff.id, said));
  }

  /** After a give-back the intake starts afresh: the old dialog stack goes, the case is closed. */
  private async restart(
    context: TurnContext,
    gesprek: Gesprek,
    bewoner: Bewoner,
    handoffId: string,
  ): Promise<void> {
    await this.parts.dialogState.delete(context);
    closeCase(gesprek, bewoner, newCase(randomUUID(), this.parts.now()));
    await this.parts.handoffs.restarted(handoffId);
  }

  /**
   * A resident who consented finds their case again on a next contact: it is read from their
   * last conversation when a new one begins. (Copying it into the resident's state on every
   * turn instead would write a second file per turn.)
   */
  private async recallPreviousCase(context: TurnContext, bewoner: Bewoner): Promise<void> {
    const current = this.parts.conversationKey(context);
    // A conversation the resident had before (another tab, switched back to) holds its own case.
    if (bewoner.conversationKeys.includes(current) || bewoner.consent !== true) return;
    const previousKey = bewoner.conversationKeys.at(-1);
    const previous = previousKey ? await this.parts.caseOf(previousKey) : undefined;
    if (previous?.question !== undefined) bewoner.case = previous;
  }

  /**
   * Questions about health, debts and family do not belong in a group: in a Teams group chat
   * or channel the bot only says so, and keeps nothing of what is said there.
   */
  private async onlyPersonal(context: TurnContext): Promise<void> {
    await context.sendActivity(
      this.parts.messages.text(taalOf(context.activity.locale), 'teams.alleenPersoonlijk'),
    );
  }

  /**
   * A first message that is a real question (not "hallo", not a command) is kept as the
   * question, in memory until consent is known: one the analyser recognises, or one long
   * enough to be a question in the resident's own words even if it recognises nothing.
   */
  private rememberOpeningQuestion(context: TurnContext, gesprek: Gesprek): void {
    const text = context.activity.type === 'message' ? context.activity.text?.trim() : undefined;
    if (!text || gesprek.case.question !== undefined || this.parts.isCommand(text)) return;
    const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (words >= QUESTION_WORDS || this.parts.hasTopic(context, text)) gesprek.openingQuestion = text;
  }
}

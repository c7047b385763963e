import type { ConversationState, Storage, TurnContext, UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { CommandRecognizer } from '../dialogs/commands.js';
import type { DialogDeps } from '../dialogs/dialogDeps.js';
import { MainDialog } from '../dialogs/mainDialog.js';
import { analysisOf } from '../dialogs/turnAnalysis.js';
import type { TurnErrorHandling } from './adapter.js';
import type { Messages } from './berichten/messages.js';
import type { Bewoner, Gesprek } from './intake/intakeCase.js';
import type { KaartStore } from './kaart/kaartStore.js';
import type { Log } from './log.js';
import { ConsentStorage } from './storage/consentStorage.js';
import { eraseUser } from './storage/eraseResident.js';
import { LowdbStorage } from './storage/lowdbStorage.js';
import { lowdbRepository, stateDir } from './storage/lowdbRepository.js';
import type { Repository } from './storage/repository.js';
import { TransientStorage } from './storage/transientStorage.js';
import { TrackedConversationState, TrackedUserState } from './storage/trackedState.js';
import { WegwijzerBot } from './wegwijzerBot.js';
import { HandoffBoard } from './handoff/handoffBoard.js';
import { StaffEvents } from './handoff/staffEvents.js';
import type { HandoverMail } from './inbox/handoverMail.js';

// The conversations and residents of the last few hundred turns: a turn then reads its state
// with one stat instead of opening and parsing two files. A few MB of memory.
const CACHED_STATES = 2000;

export interface BotSetup {
  kaartStore: KaartStore;
  messages: Messages;
  dataDir: string;
  retentionDays: number;
  log: Log;
  now?: () => Date;
  /** Believe `handoff.status` events from a contact-centre hub (HANDOFF_HUB). */
  hubEnabled?: boolean;
  /** Staff consoles listening for changes in the queue and the inboxes. */
  staffEvents?: StaffEvents;
  /** E-mails providers about new handovers; absent without SMTP_URL. */
  mail?: HandoverMail;
}

export interface WegwijzerParts {
  bot: WegwijzerBot;
  deps: DialogDeps;
  conversationState: ConversationState;
  userState: UserState;
  storage: Storage;
  repository: Repository;
  handoffs: HandoffBoard;
  errors: Omit<TurnErrorHandling, 'log'>;
}

/** Wires the bot: consent-aware lowdb storage, state, the dialogs and the repository. */
export function createBot(setup: BotSetup): WegwijzerParts {
  const storage = new ConsentStorage(
    new LowdbStorage(stateDir(setup.dataDir), { cached: CACHED_STATES }),
    new TransientStorage(),
  );
  const repository = lowdbRepository(setup.dataDir);
  const now = setup.now ?? (() => new Date());
  const staffEvents = setup.staffEvents ?? new StaffEvents();
  const handoffs = new HandoffBoard(repository.handoffs, staffEvents, now);
  const conversationState = new TrackedConversationState(storage);
  const userState = new TrackedUserState(storage);
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const gesprek = conversationState.createProperty<Gesprek>('gesprek');
  const bewoner = userState.createProperty<Bewoner>('bewoner');
  const stateKeys = (context: TurnContext) => ({
    user: userState.getStorageKey(context) ?? '',
    conversation: conversationState.getStorageKey(context) ?? '',
  });
  const deps: DialogDeps = {
    kaart: () => setup.kaartStore.kaart,
    analyser: () => setup.kaartStore.analyser,
    messages: setup.messages,
    gesprek,
    bewoner,
    repository,
    handoffs,
    handoverStored(handover, aanbieder) {
      staffEvents.publish({ type: 'handover', aanbieder: aanbieder.id, reference: handover.reference });
      void setup.mail?.announce(handover, aanbieder);
    },
    stateKeys,
    async forgetResident(context) {
      const keys = stateKeys(context);
      const known = (await bewoner.get(context))?.conversationKeys ?? [];
      const erased = await eraseUser(repository, storage, keys.user, [keys.conversation, ...known]);
      for (const id of erased.handoffs) await handoffs.forget(id);
    },
    now,
    retentionDays: setup.retentionDays,
    log: setup.log,
  };
  const commands = new CommandRecognizer(setup.messages);
  const bot = new WegwijzerBot({
    conversationState,
    userState,
    dialogState,
    gesprek,
    bewoner,
    dialog: new MainDialog(deps),
    messages: setup.messages,
    conversationKey: (context) => conversationState.getStorageKey(context) ?? '',
    async caseOf(conversationKey) {
      const item = (await storage.read([conversationKey]))[conversationKey];
      const stored: Gesprek | undefined = item?.gesprek;
      return stored?.case;
    },
    isCommand: (text) => commands.recognize(text) !== undefined,
    hasTopic: (context, text) =>
      (analysisOf(context, setup.kaartStore.analyser, text).levensgebieden[0]?.score ?? 0) > 0,
    handoffs,
    hubEnabled: setup.hubEnabled ?? false,
    log: setup.log,
    now,
    loketTelefoon: () => setup.kaartStore.kaart.gemeente.loket.telefoon,
  });
  const errors = {
    async apology(context: Parameters<TurnErrorHandling['apology']>[0]) {
      const taal = (await gesprek.get(context))?.taal ?? 'nl';
      return setup.messages.text(taal, 'fout.tekst', {
        telefoon: setup.kaartStore.kaart.gemeente.loket.telefoon,
      });
    },
    // The dialog stack goes; the answers stay. The next message resumes at the first open question.
    async recover(context: Parameters<TurnErrorHandling['recover']>[0]) {
      await dialogState.delete(context);
      await conversationState.saveChanges(context, true);
    },
  };
  return { bot, deps, conversationState, userState, storage, repository, handoffs, errors };
}

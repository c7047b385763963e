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
import { failedSave } from './storage/saveFailed.js';
import { StorageHealth } from './storage/storageHealth.js';
import { WatchedStorage, watchedRepository } from './storage/watchedStorage.js';
import { eraseUser } from './storage/eraseResident.js';
import { LowdbStorage } from './storage/lowdbStorage.js';
import { lowdbRepository, stateDir } from './storage/lowdbRepository.js';
import type { Repository } from './storage/repository.js';
import { TransientStorage } from './storage/transientStorage.js';
import { TrackedConversationState, TrackedUserState } from './storage/trackedState.js';
import { WegwijzerBot } from './wegwijzerBot.js';
import { HandoffBoard } from './handoff/handoffBoard.js';
import { CaseService } from './intake/caseService.js';
import type { ReferenceKeeper } from './handoff/referenceKeeper.js';
import { StaffEvents } from './handoff/staffEvents.js';
import { AnswerReader } from './answers/answerReader.js';
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
  /** How conversation references are stored: the built-in channel keeps its key out of them. */
  references?: ReferenceKeeper;
}

export interface WegwijzerParts {
  bot: WegwijzerBot;
  deps: DialogDeps;
  conversationState: ConversationState;
  userState: UserState;
  storage: Storage;
  repository: Repository;
  handoffs: HandoffBoard;
  /** Whether the data folders can be written, for /healthz. */
  storageHealth: StorageHealth;
  errors: Omit<TurnErrorHandling, 'log'>;
  /**
   * Removes what writes cut short by a crash left in the data folders (they may hold what a
   * resident typed); call once at start, before the first turn.
   */
  dropUnfinishedWrites(): Promise<void>;
}

/** Wires the bot: consent-aware lowdb storage, state, the dialogs and the repository. */
export function createBot(setup: BotSetup): WegwijzerParts {
  // Every write to disk is watched: a failed one is told to the resident and to /healthz.
  const storageHealth = new StorageHealth(setup.log);
  // The vocabulary of typed answers is read once: like taal.yaml, it changes with a release.
  const answers = AnswerReader.fromFiles();
  const stored = new LowdbStorage(stateDir(setup.dataDir), { cached: CACHED_STATES });
  const storage = new ConsentStorage(
    new WatchedStorage(stored, storageHealth.folder(stateDir(setup.dataDir))),
    new TransientStorage(),
  );
  const repository = watchedRepository(lowdbRepository(setup.dataDir), storageHealth, setup.dataDir);
  const now = setup.now ?? (() => new Date());
  async function dropUnfinishedWrites(): Promise<void> {
    // At start this process writes nothing yet: every temp file is a crash's leftover.
    const before = new Date();
    await stored.dropUnfinished(before);
    for (const collection of Object.values(repository)) await collection.dropUnfinished(before);
  }
  const staffEvents = setup.staffEvents ?? new StaffEvents();
  const handoffs = new HandoffBoard(repository.handoffs, staffEvents, now, setup.references);
  const conversationState = new TrackedConversationState(storage);
  const userState = new TrackedUserState(storage);
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const gesprek = conversationState.createProperty<Gesprek>('gesprek');
  const bewoner = userState.createProperty<Bewoner>('bewoner');
  const stateKeys = (context: TurnContext) => ({
    user: userState.getStorageKey(context) ?? '',
    conversation: conversationState.getStorageKey(context) ?? '',
  });
  const kaart = () => setup.kaartStore.kaart;
  const cases = new CaseService({
    repository,
    handoffs,
    bewoner,
    stateKeys,
    kaart,
    handoverStored(handover, aanbieder) {
      staffEvents.publish({ type: 'handover', aanbieder: aanbieder.id, reference: handover.reference });
      void setup.mail?.announce(handover, aanbieder);
    },
    now,
  });
  const deps: DialogDeps = {
    kaart,
    analyser: () => setup.kaartStore.analyser,
    answers: () => answers,
    messages: setup.messages,
    gesprek,
    bewoner,
    repository,
    handoffs,
    cases,
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
  const errors: WegwijzerParts['errors'] = {
    async apology(context, error) {
      // The state may be what failed to load: then the resident's language is that of the activity.
      const stored = await gesprek.get(context).catch(() => undefined);
      const taal = stored?.taal ?? (context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'nl');
      return setup.messages.text(taal, failedSave(error) ? 'fout.opslaan' : 'fout.tekst', {
        telefoon: setup.kaartStore.kaart.gemeente.loket.telefoon,
      });
    },
    // The dialog stack goes; the answers stay. The next message resumes at the first open question.
    // Read afresh, so the stack goes from what is stored, whatever the failed turn changed.
    // A failed save needs nothing: what is stored is what the last good turn left, and the
    // resident, told so, sends their message again.
    async recover(context, error) {
      if (failedSave(error)) return;
      await conversationState.load(context, true);
      await dialogState.delete(context);
      await conversationState.saveChanges(context, true);
    },
  };
  return {
    bot,
    deps,
    conversationState,
    userState,
    storage,
    repository,
    handoffs,
    storageHealth,
    errors,
    dropUnfinishedWrites,
  };
}

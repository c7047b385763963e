import {
  type BotState,
  ConversationState,
  type Storage,
  type StorageKeyFactory,
  type TurnContext,
  UserState,
} from 'botbuilder';

/** What BotState keeps in the turn: the state object and the `hash` it compares at save time. */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/**
 * The state as JSON without its eTag: what decides whether a turn changed anything. botbuilder
 * computes a SHA-256 over its own replacer-driven stringify three times per turn and state; the
 * native JSON text compared as a string answers the same question at a fraction of the cost
 * (the benchmark showed those hashes at 6% of a turn's CPU).
 */
function snapshot(state: Record<string, unknown>): string {
  const copy = { ...state };
  delete copy['eTag'];
  return JSON.stringify(copy);
}

function isCached(value: unknown): value is Cached {
  return typeof value === 'object' && value !== null && 'state' in value && 'hash' in value;
}

/**
 * load() and saveChanges() as BotState has them, with the cheap change check. They keep the
 * turn cache in BotState's own entry and shape, so get(), clear() and delete() work unchanged.
 */
class ChangeTracking {
  constructor(
    private readonly owner: BotState,
    private readonly storage: Storage,
    private readonly storageKey: StorageKeyFactory,
    /** Write a loaded state at every save without comparing: for state that changes every turn. */
    private readonly everyTurn = false,
  ) {}

  /** BotState's own (private) key of its turn cache, a Symbol. */
  private get turnKey(): symbol {
    const key: unknown = Reflect.get(this.owner, 'stateKey');
    if (typeof key !== 'symbol') throw new Error('ChangeTracking: BotState has no stateKey');
    return key;
  }

  async load(context: TurnContext, force: boolean): Promise<Record<string, unknown>> {
    const cached: unknown = context.turnState.get(this.turnKey);
    if (!force && isCached(cached) && cached.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state: Record<string, unknown> = items[key] ?? {};
    context.turnState.set(this.turnKey, { state, hash: this.everyTurn ? '' : snapshot(state) });
    return state;
  }

  async saveChanges(context: TurnContext, force: boolean): Promise<void> {
    const cached: unknown = context.turnState.get(this.turnKey);
    const entry: Cached = isCached(cached) ? cached : { state: {}, hash: '' };
    const now = this.everyTurn ? '' : snapshot(entry.state);
    // Like BotState: without a loaded state only a forced save writes (an empty object).
    if (!force && (!isCached(cached) || (!this.everyTurn && cached.hash === now))) return;
    const key = await this.storageKey(context);
    // The eTag read at the start of the turn, not BotState's "*" (last write wins): should another
    // process have written this state since, the write fails instead of erasing that turn.
    await this.storage.write({ [key]: entry.state });
    entry.hash = now;
    context.turnState.set(this.turnKey, entry);
  }
}

/**
 * Conversation state: every turn of Wegwijzer changes it (the dialog stack moves on, the turn's
 * lines join the transcript), so comparing it with its start would only cost two more
 * serialisations of the largest document of the turn. A loaded conversation state is written.
 */
export class TrackedConversationState extends ConversationState {
  private readonly tracking = new ChangeTracking(this, this.storage, this.storageKey, true);

  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return this.tracking.load(context, force);
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.tracking.saveChanges(context, force);
  }
}

/** Resident state: it changes on few turns (consent, a new contact), so it is compared first. */
export class TrackedUserState extends UserState {
  private readonly tracking = new ChangeTracking(this, this.storage, this.storageKey);

  override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    return this.tracking.load(context, force);
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.tracking.saveChanges(context, force);
  }
}

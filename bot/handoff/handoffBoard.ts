import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { Collection } from '../storage/repository.js';
import { type Handoff, type HandoffState, canMove, isOpen, queueOrder } from './handoff.js';
import { REFERENCES_AS_THEY_ARE, type ReferenceKeeper } from './referenceKeeper.js';
import type { StaffEvents } from './staffEvents.js';
import { type TranscriptEntry, appendEntries } from './transcript.js';

export type NewHandoff = Omit<Handoff, 'id' | 'createdAt' | 'updatedAt' | 'state' | 'via'>;

export class HandoffMoveError extends Error {
  constructor(
    readonly from: HandoffState,
    readonly to: HandoffState,
  ) {
    super(`A handoff cannot go from ${from} to ${to}.`);
  }
}

/**
 * Every conversation's handoff state. The live ones (waiting, with staff, or just given back)
 * are indexed in memory, so a turn learns in a map lookup whether the bot may answer; each
 * change is written to the repository first, so a restart finds them again (`load`). An entry
 * counts only while its document is stored: an erasure by another process (`wegwijzer data
 * erase`) takes the resident out of the index the next time a turn or the queue asks.
 */
export class HandoffBoard {
  private readonly live = new Map<string, Handoff>();

  constructor(
    private readonly handoffs: Collection<Handoff>,
    private readonly events: StaffEvents,
    private readonly now: () => Date = () => new Date(),
    private readonly references: ReferenceKeeper = REFERENCES_AS_THEY_ARE,
  ) {}

  /** Reads the live handoffs from disk; call once at start. */
  async load(): Promise<void> {
    for await (const handoff of this.handoffs.each()) {
      if (isOpen(handoff) || handoff.restartPending) this.live.set(handoff.conversationKey, handoff);
    }
  }

  /** The conversation's live handoff, if any. */
  liveFor(conversationKey: string): Handoff | undefined {
    const handoff = this.live.get(conversationKey);
    return handoff && this.stillStored(handoff) ? handoff : undefined;
  }

  /** Waiting and taken-over conversations, crises first, then by waiting time. */
  queue(): Handoff[] {
    return [...this.live.values()]
      .filter((handoff) => isOpen(handoff) && this.stillStored(handoff))
      .sort(queueOrder);
  }

  async get(id: string): Promise<Handoff | undefined> {
    return this.handoffs.get(id);
  }

  /** What the bot writes to the handoff's resident with: the stored reference, made usable. */
  referenceOf(handoff: Handoff): Partial<ConversationReference> {
    return this.references.usable(handoff.reference);
  }

  /** Opens a handoff, or returns the conversation's open one (asking twice does not queue twice). */
  async open(input: NewHandoff): Promise<Handoff> {
    const current = this.liveFor(input.conversationKey);
    if (current && isOpen(current)) {
      if (input.reason !== 'crisis' && input.terugbellen === undefined) return current;
      return this.change(current.id, (handoff) => ({
        ...handoff,
        reason: input.reason === 'crisis' ? 'crisis' : handoff.reason,
        ...(input.crisis ? { crisis: input.crisis } : {}),
        ...(input.terugbellen ? { terugbellen: input.terugbellen } : {}),
      }));
    }
    const at = this.now().toISOString();
    const handoff: Handoff = {
      ...input,
      reference: this.references.storable(input.reference),
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      state: 'waiting',
      via: 'console',
    };
    await this.handoffs.put(handoff.id, handoff);
    this.index(handoff);
    this.events.publish({ type: 'queue' });
    return handoff;
  }

  /** Moves a handoff to another state; throws HandoffMoveError when that move is not allowed. */
  async move(id: string, to: HandoffState, extra: Partial<Handoff> = {}): Promise<Handoff> {
    return this.change(id, (handoff) => {
      if (!canMove(handoff.state, to)) throw new HandoffMoveError(handoff.state, to);
      const restartPending = to === 'bot' || to === 'closed' ? { restartPending: true } : {};
      return { ...handoff, ...extra, ...restartPending, state: to };
    });
  }

  /** Adds lines to the handoff's transcript. */
  async append(id: string, entries: TranscriptEntry[]): Promise<Handoff> {
    return this.change(id, (handoff) => ({
      ...handoff,
      transcript: appendEntries(handoff.transcript, entries),
    }));
  }

  /** The resident wrote again after a give-back: the restart is done, the handoff leaves the index. */
  async restarted(id: string): Promise<void> {
    await this.change(id, (handoff) => {
      const next = { ...handoff };
      delete next.restartPending;
      return next;
    });
  }

  /** Forgets a handoff (erasure): out of the index at once, whether or not its file is already gone. */
  async forget(id: string): Promise<void> {
    for (const handoff of this.live.values()) {
      if (handoff.id === id) this.live.delete(handoff.conversationKey);
    }
    await this.handoffs.delete(id);
    this.events.publish({ type: 'queue' });
  }

  private async change(id: string, edit: (handoff: Handoff) => Handoff): Promise<Handoff> {
    let changed: Handoff | undefined;
    await this.handoffs.update(id, (current) => {
      if (!current) throw new Error(`No handoff ${id}.`);
      changed = { ...edit(current), updatedAt: this.now().toISOString() };
      return changed;
    });
    if (!changed) throw new Error(`No handoff ${id}.`);
    this.index(changed);
    this.events.publish({ type: 'queue' });
    this.events.publish({ type: 'handoff', id });
    return changed;
  }

  /** Whether the handoff's document is still there; one `stat`, and only for live conversations. */
  private stillStored(handoff: Handoff): boolean {
    if (this.handoffs.exists(handoff.id)) return true;
    if (this.live.get(handoff.conversationKey)?.id === handoff.id) this.live.delete(handoff.conversationKey);
    this.events.publish({ type: 'queue' });
    return false;
  }

  private index(handoff: Handoff): void {
    if (isOpen(handoff) || handoff.restartPending) this.live.set(handoff.conversationKey, handoff);
    else if (this.live.get(handoff.conversationKey)?.id === handoff.id)
      this.live.delete(handoff.conversationKey);
  }
}

import type { TurnContext } from 'botbuilder';

const KEY = Symbol('writes of the turn');

class PendingWrites {
  readonly writes: Promise<unknown>[] = [];
}

/**
 * Starts a write the turn's next step does not depend on (an intake record for the figures, a
 * gap signal, a waiting handoff's new lines). The turn still ends only when it is on disk:
 * WegwijzerBot.run awaits these with the state saves, so a turn waits for one disk round, not
 * one per record, and a failed write still fails the turn.
 */
export function writeDuringTurn(context: TurnContext, write: Promise<unknown>): void {
  // Should the turn fail before run() awaits it, the turn's own error is what gets logged.
  write.catch(() => undefined);
  let pending: unknown = context.turnState.get(KEY);
  if (!(pending instanceof PendingWrites)) {
    pending = new PendingWrites();
    context.turnState.set(KEY, pending);
  }
  if (pending instanceof PendingWrites) pending.writes.push(write);
}

/** Every write started with writeDuringTurn, done; rejects with the first that failed. */
export async function turnWritesDone(context: TurnContext): Promise<void> {
  const pending: unknown = context.turnState.get(KEY);
  if (pending instanceof PendingWrites) await allDone(pending.writes);
}

/**
 * Like Promise.all, but settles only when every write has: a turn whose first write failed must
 * not end (and its error handling start) while its other writes are still under way.
 */
export async function allDone(writes: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(writes);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

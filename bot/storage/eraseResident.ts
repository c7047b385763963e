import type { Storage } from 'botbuilder';
import type { Repository } from './repository.js';

/** What an erasure removed. */
export interface Erased {
  handovers: string[];
  intakes: number;
  /** Ids of the handoffs removed, so a running server can drop them from its live index. */
  handoffs: string[];
  stateKeys: number;
}

/**
 * Removes everything stored about the resident behind a handover reference: all their handovers,
 * intake records, conversations with staff, and their conversation and resident state. Gap signals
 * stay: they hold nothing that points to anyone.
 */
export async function eraseResident(
  repository: Repository,
  state: Storage,
  reference: string,
): Promise<Erased | undefined> {
  const handover = await repository.handovers.get(reference.trim().toUpperCase());
  if (!handover) return undefined;
  return eraseUser(repository, state, handover.resident.user, handover.resident.conversations);
}

/**
 * Removes everything stored about one resident, known by their state key: what the resident
 * asks for with "vergeet mij", and what `eraseResident` does for a reference.
 */
export async function eraseUser(
  repository: Repository,
  state: Storage,
  user: string,
  conversations: readonly string[],
): Promise<Erased> {
  const sameResident = (keys: { user: string }) => keys.user === user;
  const erased: Erased = { handovers: [], intakes: 0, handoffs: [], stateKeys: 0 };
  const stateKeys = new Set([user, ...conversations]);
  for await (const other of repository.handovers.each()) {
    if (!sameResident(other.resident)) continue;
    other.resident.conversations.forEach((key) => stateKeys.add(key));
    await repository.handovers.delete(other.reference);
    erased.handovers.push(other.reference);
  }
  for await (const intake of repository.intakes.each()) {
    if (!intake.resident || !sameResident(intake.resident)) continue;
    intake.resident.conversations.forEach((key) => stateKeys.add(key));
    await repository.intakes.delete(intake.id);
    erased.intakes += 1;
  }
  for await (const handoff of repository.handoffs.each()) {
    if (!sameResident(handoff.resident)) continue;
    await repository.handoffs.delete(handoff.id);
    erased.handoffs.push(handoff.id);
  }
  await state.delete([...stateKeys]);
  erased.stateKeys = stateKeys.size;
  return erased;
}

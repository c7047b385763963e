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
 * asks for with "vergeet mij", and what `eraseResident` does for a reference. Records are found
 * in their files and in what writes cut short by a crash left behind; deleting a record or a
 * state key removes both.
 */
export async function eraseUser(
  repository: Repository,
  state: Storage,
  user: string,
  conversations: readonly string[],
): Promise<Erased> {
  const sameResident = (keys: { user: string }) => keys.user === user;
  const everything = { unfinished: true };
  const handovers = new Set<string>();
  const intakes = new Set<string>();
  const handoffs = new Set<string>();
  const stateKeys = new Set([user, ...conversations]);
  for await (const other of repository.handovers.each(everything)) {
    if (!sameResident(other.resident)) continue;
    other.resident.conversations.forEach((key) => stateKeys.add(key));
    handovers.add(other.reference);
  }
  for await (const intake of repository.intakes.each(everything)) {
    if (!intake.resident || !sameResident(intake.resident)) continue;
    intake.resident.conversations.forEach((key) => stateKeys.add(key));
    intakes.add(intake.id);
  }
  for await (const handoff of repository.handoffs.each(everything)) {
    if (sameResident(handoff.resident)) handoffs.add(handoff.id);
  }
  for (const reference of handovers) await repository.handovers.delete(reference);
  for (const id of intakes) await repository.intakes.delete(id);
  for (const id of handoffs) await repository.handoffs.delete(id);
  await state.delete([...stateKeys]);
  return {
    handovers: [...handovers],
    intakes: intakes.size,
    handoffs: [...handoffs],
    stateKeys: stateKeys.size,
  };
}

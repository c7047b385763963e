import type { Handoff } from '../handoff/handoff.js';
import type { StaffAccount } from '../staff/staffAccount.js';
import type { AuditDay } from '../staff/auditLog.js';
import type { GapSignal, Handover, IntakeRecord } from './records.js';

/** A collection of documents by id. */
export interface Collection<T> {
  get(id: string): Promise<T | undefined>;
  put(id: string, document: T): Promise<void>;
  /** Reads, changes and writes one document with no other write in between; undefined deletes it. */
  update(id: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  /** Removes the document, and whatever a write of it cut short left behind. */
  delete(id: string): Promise<void>;
  /** Whether the document is stored, asked of the store itself (another process may have erased it). */
  exists(id: string): boolean;
  /**
   * One document at a time: what sweeps over the whole collection use. `unfinished`: also what
   * writes cut short by a crash left behind, so an erasure finds every copy.
   */
  each(options?: { unfinished?: boolean }): AsyncIterable<T>;
  /** The documents not written since `cutoff`, one at a time: what retention sweeps use. */
  unchangedSince(cutoff: Date): AsyncIterable<T>;
  all(): Promise<T[]>;
  /** Removes what writes cut short by a crash left behind, if last changed before `before`. */
  dropUnfinished(before: Date): Promise<number>;
}

/** Wegwijzer's own records, beside the Bot Framework state. lowdb is the first engine. */
export interface Repository {
  handovers: Collection<Handover>;
  intakes: Collection<IntakeRecord>;
  signals: Collection<GapSignal>;
  /** Requests for a person and the live conversations with staff. */
  handoffs: Collection<Handoff>;
  staff: Collection<StaffAccount>;
  /** One document per day of the audit log. */
  audit: Collection<AuditDay>;
}

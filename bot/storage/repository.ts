import type { GapSignal, Handover, IntakeRecord, StaffRequest } from './records.js';

/** A collection of documents by id. */
export interface Collection<T> {
  get(id: string): Promise<T | undefined>;
  put(id: string, document: T): Promise<void>;
  delete(id: string): Promise<void>;
  /** One document at a time: what sweeps over the whole collection use. */
  each(): AsyncIterable<T>;
  /** The documents not written since `cutoff`, one at a time: what retention sweeps use. */
  unchangedSince(cutoff: Date): AsyncIterable<T>;
  all(): Promise<T[]>;
}

/** Wegwijzer's own records, beside the Bot Framework state. lowdb is the first engine. */
export interface Repository {
  handovers: Collection<Handover>;
  intakes: Collection<IntakeRecord>;
  signals: Collection<GapSignal>;
  staffRequests: Collection<StaffRequest>;
}

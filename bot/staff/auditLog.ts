import { addDays, loketDag } from '../calendar/days.js';
import type { Collection } from '../storage/repository.js';

/** What a staff member did with a case. */
export const AUDIT_ACTIONS = [
  'aangemeld',
  'afgemeld',
  'geopend',
  'overgenomen',
  'bericht',
  'teruggegeven',
  'afgesloten',
  'status',
  'toegewezen',
  'notitie',
  'geexporteerd',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the audit log: who did what to which case, and when. No resident text. */
export interface AuditEntry {
  at: string;
  username: string;
  role: string;
  action: AuditAction;
  /** A handover reference (WW-…) or a handoff id. */
  case?: string;
  /** A short, non-personal detail: a new status, an assignee. */
  detail?: string;
}

/** The audit log's entries of one day (Europe/Amsterdam), one document per day. */
export interface AuditDay {
  day: string;
  entries: AuditEntry[];
}

/**
 * The audit log. Each entry is written before the action's answer is sent, through the same
 * atomic writes as every record, so a crash cannot leave half a log.
 */
export class AuditLog {
  constructor(
    private readonly days: Collection<AuditDay>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(entry: Omit<AuditEntry, 'at'>): Promise<void> {
    const at = this.now();
    const day = loketDag(at);
    await this.days.update(day, (current) => ({
      day,
      entries: [...(current?.entries ?? []), { at: at.toISOString(), ...entry }],
    }));
  }

  /** Entries from `from` to `to` (inclusive days, YYYY-MM-DD), newest first, optionally for one case. */
  async read(from: string, to: string, caseId?: string): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const document = await this.days.get(day);
      for (const entry of document?.entries ?? []) {
        if (caseId === undefined || entry.case === caseId) entries.push(entry);
      }
    }
    return entries.sort((a, b) => b.at.localeCompare(a.at));
  }
}

import { join } from 'node:path';
import { DocumentFolder } from './documentFolder.js';
import type { Handoff } from '../handoff/handoff.js';
import type { AuditDay } from '../staff/auditLog.js';
import type { StaffAccount } from '../staff/staffAccount.js';
import type { GapSignal, Handover, IntakeRecord } from './records.js';
import type { Repository } from './repository.js';

/** The repository as folders of lowdb files under the data directory. */
export function lowdbRepository(dataDir: string): Repository {
  return {
    handovers: new DocumentFolder<Handover>(join(dataDir, 'handovers')),
    intakes: new DocumentFolder<IntakeRecord>(join(dataDir, 'intakes')),
    signals: new DocumentFolder<GapSignal>(join(dataDir, 'signals')),
    // The few handoffs a resident is waiting in get a line on every turn: kept in memory, they
    // are not read from disk each time (a handful, as each holds a transcript).
    handoffs: new DocumentFolder<Handoff>(join(dataDir, 'handoffs'), { cached: 50 }),
    staff: new DocumentFolder<StaffAccount>(join(dataDir, 'staff')),
    audit: new DocumentFolder<AuditDay>(join(dataDir, 'audit')),
  };
}

/** Where the Bot Framework state files live. */
export function stateDir(dataDir: string): string {
  return join(dataDir, 'state');
}

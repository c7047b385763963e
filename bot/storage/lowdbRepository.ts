import { join } from 'node:path';
import { DocumentFolder } from './documentFolder.js';
import type { GapSignal, Handover, IntakeRecord, StaffRequest } from './records.js';
import type { Repository } from './repository.js';

/** The repository as folders of lowdb files under the data directory. */
export function lowdbRepository(dataDir: string): Repository {
  return {
    handovers: new DocumentFolder<Handover>(join(dataDir, 'handovers')),
    intakes: new DocumentFolder<IntakeRecord>(join(dataDir, 'intakes')),
    signals: new DocumentFolder<GapSignal>(join(dataDir, 'signals')),
    staffRequests: new DocumentFolder<StaffRequest>(join(dataDir, 'staff-requests')),
  };
}

/** Where the Bot Framework state files live. */
export function stateDir(dataDir: string): string {
  return join(dataDir, 'state');
}

import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { dropUnfinishedWrites } from './storage/atomicWriter.js';
import { documentNames } from './storage/documentFolder.js';
import type { Repository } from './storage/repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
// Handovers stay while a provider is working on them; they age out only once finished.
const FINISHED = new Set(['afgesloten', 'teruggegeven']);
// A write changes its temp file within milliseconds: one untouched this long was cut short by a
// crash, and is no write in flight of this process or another.
const UNFINISHED_MS = 10 * 60 * 1000;

/** What one sweep removed. */
export interface SweepResult {
  conversations: number;
  intakes: number;
  handoffs: number;
  handovers: number;
  /** Temp files of writes cut short by a crash. */
  unfinished: number;
}

/**
 * Deletes stored conversations and records older than the retention period. Only files not
 * written within the period can qualify, so the sweep reads those and merely `stat`s the rest:
 * an hourly sweep costs little more with 100 000 stored conversations than with 1 000. It also
 * removes the temp files of writes a crash cut short: they may hold a resident's words.
 */
export class RetentionSweeper {
  constructor(
    private readonly repository: Repository,
    private readonly stateDir: string,
    private readonly retentionDays: number,
  ) {}

  async sweep(now: Date): Promise<SweepResult> {
    const cutoff = now.getTime() - this.retentionDays * DAY_MS;
    const old = (iso: string) => Date.parse(iso) < cutoff;
    const result: SweepResult = { conversations: 0, intakes: 0, handoffs: 0, handovers: 0, unfinished: 0 };
    // State files carry no date of their own: their last write is their last turn.
    for await (const name of documentNames(this.stateDir)) {
      const file = join(this.stateDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) {
        await rm(file, { force: true });
        result.conversations += 1;
      }
    }
    for await (const intake of this.repository.intakes.unchangedSince(new Date(cutoff))) {
      if (old(intake.createdAt)) {
        await this.repository.intakes.delete(intake.id);
        result.intakes += 1;
      }
    }
    for await (const handoff of this.repository.handoffs.unchangedSince(new Date(cutoff))) {
      if (old(handoff.updatedAt)) {
        await this.repository.handoffs.delete(handoff.id);
        result.handoffs += 1;
      }
    }
    for await (const handover of this.repository.handovers.unchangedSince(new Date(cutoff))) {
      if (FINISHED.has(handover.status) && old(handover.updatedAt)) {
        await this.repository.handovers.delete(handover.reference);
        result.handovers += 1;
      }
    }
    const stale = new Date(now.getTime() - UNFINISHED_MS);
    result.unfinished += await dropUnfinishedWrites(this.stateDir, stale);
    for (const collection of Object.values(this.repository)) {
      result.unfinished += await collection.dropUnfinished(stale);
    }
    return result;
  }
}

import type { SocialeKaart } from '../kaart/schema.js';
import { loketDag } from '../calendar/days.js';
import type { Repository } from '../storage/repository.js';
import { CoverageMatrix } from './coverage.js';
import { type Demand, type DemandRecords, demandOf } from './demand.js';
import { type Period, inPeriod } from './period.js';
import { type Reflectie, reflectieOf } from './reflection.js';

/** Without dates, a report covers the last year up to today. */
export const DEFAULT_REPORT_DAYS = 365;

/** The coordinators' coverage report: Schema 1 and 2, the demand, and the reflection answered. */
export interface CoverageReport {
  kaart: SocialeKaart;
  period: Period;
  /** When the report was made, and the loket day that counts as today (for overdue handovers). */
  generatedAt: string;
  today: string;
  coverage: CoverageMatrix;
  demand: Demand;
  reflectie: Reflectie;
}

/**
 * The records of a period. Each collection is read one document at a time, so memory holds
 * only what falls in the period; a yearly report over 100 000 records takes seconds, not more.
 */
export async function demandRecordsIn(repository: Repository, period: Period): Promise<DemandRecords> {
  const within = async <T extends { createdAt: string }>(documents: AsyncIterable<T>): Promise<T[]> => {
    const found: T[] = [];
    for await (const document of documents) if (inPeriod(period, document.createdAt)) found.push(document);
    return found;
  };
  return {
    intakes: await within(repository.intakes.each()),
    signals: await within(repository.signals.each()),
    handovers: await within(repository.handovers.each()),
  };
}

export function coverageReport(
  kaart: SocialeKaart,
  records: DemandRecords,
  period: Period,
  now: Date,
): CoverageReport {
  const today = loketDag(now);
  const coverage = new CoverageMatrix(kaart);
  const demand = demandOf(records, today);
  return {
    kaart,
    period,
    generatedAt: now.toISOString(),
    today,
    coverage,
    demand,
    reflectie: reflectieOf(coverage, demand, today),
  };
}

import { isCalendarDate } from '../kaart/formats.js';
import { addDays, daysBetween, loketDag } from '../calendar/days.js';

/** A span of whole loket days (Europe/Amsterdam), both ends included, as YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/** At most a year and a day: long enough for a yearly report, short enough to read quickly. */
export const MAX_PERIOD_DAYS = 366;

/**
 * The period a request or command asks for. A missing end is today; a missing start is
 * `defaultDays` before the end. Answers a Dutch message when the dates do not make a period.
 */
export function periodFrom(
  from: string | undefined,
  to: string | undefined,
  today: Date,
  defaultDays: number,
): Period | { error: string } {
  const error = `Kies een periode van hoogstens ${MAX_PERIOD_DAYS} dagen (JJJJ-MM-DD), de begindatum eerst.`;
  const end = to || loketDag(today);
  if (!isCalendarDate(end)) return { error };
  const start = from || addDays(end, 1 - defaultDays);
  const span = daysBetween(start, end);
  if (!isCalendarDate(start) || !(span >= 0 && span < MAX_PERIOD_DAYS)) return { error };
  return { from: start, to: end };
}

/** Whether an instant falls within the period, by the loket's calendar. */
export function inPeriod(period: Period, iso: string): boolean {
  const day = loketDag(new Date(iso));
  return day >= period.from && day <= period.to;
}

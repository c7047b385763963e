import type { Taal } from '../berichten/messages.js';

/** A day on the loket's calendar (Europe/Amsterdam), as YYYY-MM-DD. */
export type LoketDag = string;

// The loket keeps Dutch days and hours, whatever time zone the server runs in.
const ZONE = 'Europe/Amsterdam';
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE });
const CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;
const FORMATS: Record<Taal, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
};

/** The loket day an instant falls on. */
export function loketDag(at: Date): LoketDag {
  return DAY.format(at);
}

/** The weekday (1 = Monday … 7 = Sunday) and the clock ("08:30") in Amsterdam at an instant. */
export function amsterdamTime(at: Date): { weekday: number; hhmm: string } {
  const parts = Object.fromEntries(CLOCK.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? '') + 1,
    hhmm: `${parts['hour']}:${parts['minute']}`,
  };
}

// Day arithmetic on noon UTC: no zone, no daylight saving, so the same answer on every server.
function noon(dag: LoketDag): number {
  return Date.parse(`${dag}T12:00:00Z`);
}

/** The day `days` after (before, when negative) a loket day. */
export function addDays(dag: LoketDag, days: number): LoketDag {
  return new Date(noon(dag) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many days `to` lies after `from` (negative when before). */
export function daysBetween(from: LoketDag, to: LoketDag): number {
  return Math.round((noon(to) - noon(from)) / DAY_MS);
}

/** The weekday of a loket day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(dag: LoketDag): number {
  return ((new Date(noon(dag)).getUTCDay() + 6) % 7) + 1;
}

/** A loket day as a resident reads it: "vrijdag 4 december", "Friday 4 December". */
export function formatDag(dag: LoketDag, taal: Taal): string {
  return FORMATS[taal].format(new Date(noon(dag)));
}

import { describe, expect, it } from 'vitest';
import {
  addDays,
  amsterdamTime,
  daysBetween,
  formatDag,
  loketDag,
  weekdayOf,
} from '../../bot/calendar/days.js';
import { easterSunday, feestdagenIn, isFeestdag } from '../../bot/calendar/feestdagen.js';
import { addWorkingDays, isWerkdag } from '../../bot/calendar/workingDays.js';
import { isOpen } from '../../bot/intake/openingHours.js';
import { sampleKaart } from '../support/sampleKaart.js';

// Run once with TZ=UTC and once with TZ=America/New_York as well: the answers must not change.
describe('the loket day and clock of an instant, in Amsterdam whatever the server zone', () => {
  it.each([
    // instant (UTC)               loket day      weekday  clock
    ['2026-11-26T23:30:00Z', '2026-11-27', 5, '00:30'], // Friday 00:30 CET, still Thursday in UTC
    ['2026-11-27T22:30:00Z', '2026-11-27', 5, '23:30'], // Friday 23:30 CET
    ['2026-11-27T23:00:00Z', '2026-11-28', 6, '00:00'], // Friday evening is over: Saturday
    ['2026-07-14T22:30:00Z', '2026-07-15', 3, '00:30'], // Wednesday 00:30 CEST (UTC+2)
    ['2026-07-15T21:30:00Z', '2026-07-15', 3, '23:30'], // Wednesday 23:30 CEST
    // Summer time starts Sunday 29 March 2026, 02:00 CET → 03:00 CEST.
    ['2026-03-29T00:59:00Z', '2026-03-29', 7, '01:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', 7, '03:00'],
    ['2026-03-28T23:30:00Z', '2026-03-29', 7, '00:30'],
    ['2026-03-29T21:30:00Z', '2026-03-29', 7, '23:30'], // CEST already: 21:30 UTC is 23:30
    ['2026-03-29T22:30:00Z', '2026-03-30', 1, '00:30'],
    // Winter time comes back Sunday 25 October 2026, 03:00 CEST → 02:00 CET: 02:30 happens twice.
    ['2026-10-25T00:30:00Z', '2026-10-25', 7, '02:30'],
    ['2026-10-25T01:30:00Z', '2026-10-25', 7, '02:30'],
    ['2026-10-24T22:30:00Z', '2026-10-25', 7, '00:30'], // CEST still: 22:30 UTC is 00:30
    ['2026-10-25T22:30:00Z', '2026-10-25', 7, '23:30'], // CET again: 22:30 UTC is 23:30
    ['2026-10-25T23:30:00Z', '2026-10-26', 1, '00:30'],
  ])('%s is %s, weekday %i, %s', (instant, dag, weekday, hhmm) => {
    const at = new Date(instant);
    expect(loketDag(at)).toBe(dag);
    expect(amsterdamTime(at)).toEqual({ weekday, hhmm });
    expect(weekdayOf(dag)).toBe(weekday);
  });
});

describe('days between and after loket days', () => {
  it('counts whole days across the changes of summer time and across a leap day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
    expect(daysBetween('2026-11-01', '2026-10-01')).toBe(-31);
  });
  it('writes a day as a resident reads it, the same day as stored', () => {
    expect(formatDag('2026-12-04', 'nl')).toBe('vrijdag 4 december');
    expect(formatDag('2026-12-04', 'en')).toBe('Friday 4 December');
    expect(formatDag('2026-03-29', 'nl')).toBe('zondag 29 maart');
  });
});

describe('working days', () => {
  it.each([
    // from (any day)  n  → day           why
    ['2026-11-27', 3, '2026-12-02', 'Friday + 3 skips the weekend'],
    ['2026-11-28', 1, '2026-11-30', 'from a Saturday, Monday is the first'],
    ['2026-11-29', 5, '2026-12-04', 'from a Sunday'],
    ['2026-11-26', 5, '2026-12-03', 'Thursday + 5'],
    ['2026-12-24', 1, '2026-12-28', 'Kerst 25 and 26 December, then the weekend'],
    ['2026-12-31', 1, '2027-01-04', 'Nieuwjaarsdag on a Friday, then the weekend'],
    ['2026-04-02', 1, '2026-04-03', 'Goede Vrijdag is a working day'],
    ['2026-04-03', 1, '2026-04-07', 'Tweede Paasdag, Monday 6 April 2026'],
    ['2026-04-24', 1, '2026-04-28', 'Koningsdag, Monday 27 April 2026'],
    ['2026-05-04', 1, '2026-05-06', 'Bevrijdingsdag 5 May, every year'],
    ['2026-05-13', 1, '2026-05-15', 'Hemelvaartsdag, Thursday 14 May 2026; the Friday after counts'],
    ['2026-05-22', 1, '2026-05-26', 'Tweede Pinksterdag, Monday 25 May 2026'],
    ['2026-03-27', 1, '2026-03-30', 'over the weekend summer time starts'],
  ])('%s + %i working days is %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });
  it('finds Easter by the Gregorian rule, Koningsdag a day early when the 27th is a Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(isFeestdag('2025-04-26')).toBe(true); // 27 April 2025 was a Sunday
    expect(isFeestdag('2025-04-27')).toBe(false);
    expect(isFeestdag('2026-04-27')).toBe(true);
    expect([...feestdagenIn(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(isWerkdag('2026-04-03')).toBe(true);
    expect(isWerkdag('2026-11-28')).toBe(false);
  });
});

describe('opening hours', () => {
  it('reads opening hours in Dutch time, whatever the server zone', () => {
    const hours = sampleKaart().gemeente.loket.openingstijden;
    expect(isOpen(hours, new Date('2026-11-24T08:00:00Z'))).toBe(true); // Tuesday 09:00 in Amsterdam
    expect(isOpen(hours, new Date('2026-11-27T12:00:00Z'))).toBe(false); // Friday 13:00
    expect(isOpen(hours, new Date('2026-11-28T10:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(hours, new Date('2026-07-14T06:45:00Z'))).toBe(true); // Tuesday 08:45 CEST
    expect(isOpen(hours, new Date('2026-07-14T15:30:00Z'))).toBe(false); // Tuesday 17:30 CEST
  });
});

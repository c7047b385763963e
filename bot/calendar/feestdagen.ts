import { type LoketDag, addDays } from './days.js';

/**
 * The Dutch public holidays on which the loket and the providers count no working day: the
 * "algemeen erkende feestdagen" of the Algemene termijnenwet, art. 3 lid 1. They are
 * Nieuwjaarsdag, Tweede Paasdag, Koningsdag, 5 mei (Bevrijdingsdag), Hemelvaartsdag, Tweede
 * Pinksterdag and both Kerstdagen; Eerste Paas- and Pinksterdag are Sundays anyway.
 *
 * Left out on purpose: Goede Vrijdag (art. 3 lid 2 counts it for statutory time limits only;
 * it is no day off for most offices) and the days a royal decree adds (lid 3, such as the Friday
 * after Hemelvaart). 5 mei counts every year, as in the law, though many collective agreements
 * give it off only once in five years: a promised contact date then falls a day later, never
 * earlier than a provider can keep.
 */
export function isFeestdag(dag: LoketDag): boolean {
  return feestdagenIn(Number(dag.slice(0, 4))).has(dag);
}

const cache = new Map<number, ReadonlySet<LoketDag>>();

/** The year's public holidays (see isFeestdag), as YYYY-MM-DD. */
export function feestdagenIn(year: number): ReadonlySet<LoketDag> {
  let days = cache.get(year);
  if (!days) {
    const pasen = easterSunday(year);
    const y = String(year).padStart(4, '0');
    days = new Set([
      `${y}-01-01`,
      addDays(pasen, 1),
      koningsdag(year),
      `${y}-05-05`,
      addDays(pasen, 39),
      addDays(pasen, 50),
      `${y}-12-25`,
      `${y}-12-26`,
    ]);
    cache.set(year, days);
  }
  return days;
}

/** 27 april, or 26 april when the 27th is a Sunday (Wet viering Koningsdag, art. 1). */
function koningsdag(year: number): LoketDag {
  const y = String(year).padStart(4, '0');
  return new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${y}-04-26` : `${y}-04-27`;
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, as given by Meeus). */
export function easterSunday(year: number): LoketDag {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

import type { PhraseFinder, PhraseMatch } from './phraseFinder.js';
import type { ReplyToken } from './replyTokens.js';

export type ClockMark = 'om' | 'voor' | 'na' | 'tussen' | 'en' | 'uur' | 'am' | 'pm';
export type DayPart = 'ochtend' | 'middag';

/** Hours 1 to 6 without "am" are afternoon hours: the loket calls between 8:30 and 17:00. */
const LAST_AFTERNOON_HOUR = 6;
const NOON = 12;
const NUMBER = /^(\d{1,2})([a-z]*)$/;

interface Hour {
  hour: number;
  end: number;
}

/**
 * Reads times of day in a reply as a part of the day: "om 10 uur" and "voor 12 uur" are the
 * morning, "na 5 uur" (17:00), "14:30" and "3 pm" the afternoon, "tussen 9 en 11" the morning.
 * A time that spans both parts ("voor 3 uur", "na 10 uur") says nothing.
 */
export function clockTimes(
  tokens: readonly ReplyToken[],
  marks: PhraseFinder<ClockMark>,
  gluedUnits: ReadonlyMap<string, ClockMark>,
): PhraseMatch<DayPart>[] {
  const found = marks.find(tokens);
  const markAt = (position: number, ...kinds: ClockMark[]) =>
    found.find((mark) => mark.start === position && kinds.includes(mark.meaning));

  const hourAt = (position: number): Hour | undefined => {
    const number = NUMBER.exec(tokens[position]?.text ?? '');
    if (!number) return undefined;
    const [, digits, glued] = number;
    let end = position + 1;
    let suffix: ClockMark | undefined;
    if (glued) {
      // "15uur", "10am": the unit written against the number.
      suffix = gluedUnits.get(glued);
      if (!suffix) return undefined;
    }
    const next = tokens[end];
    if (next && /^\d{2}$/.test(next.text) && /^[:.]$/.test(next.gap ?? '')) end++;
    const unit = suffix ? undefined : markAt(end, 'uur', 'am', 'pm');
    if (unit) {
      suffix = unit.meaning;
      end = unit.end;
    }
    const hour = dayHour(Number(digits), suffix);
    return hour === undefined ? undefined : { hour, end };
  };

  const times: PhraseMatch<DayPart>[] = [];
  const add = (part: DayPart | undefined, start: number, end: number) => {
    if (part) times.push({ meaning: part, start, end, words: end - start, gaps: [], source: 'tijd' });
  };
  for (let position = 0; position < tokens.length; position++) {
    const lead = markAt(position, 'om', 'voor', 'na', 'tussen');
    const from = hourAt(lead ? lead.end : position);
    if (!from) continue;
    const start = lead ? lead.start : position;
    const joiner = markAt(from.end, 'en');
    const dash = tokens[from.end]?.gap === '-' ? from.end : undefined;
    const until = joiner ? hourAt(joiner.end) : dash !== undefined ? hourAt(dash) : undefined;
    let end = from.end;
    if (until && (lead?.meaning === 'tussen' || !lead)) {
      end = until.end;
      add(rangePart(from.hour, until.hour), start, end);
    } else if (lead?.meaning === 'voor') add(from.hour <= NOON ? 'ochtend' : undefined, start, end);
    else if (lead?.meaning === 'na') add(from.hour >= NOON ? 'middag' : undefined, start, end);
    else if (lead?.meaning !== 'tussen') add(from.hour < NOON ? 'ochtend' : 'middag', start, end);
    // The words of this time are read: "voor 3 uur" says nothing, and its "3" is no time of its own.
    position = end - 1;
  }
  return times;
}

/** The hour on a 24-hour clock, or undefined when the number is no hour of the day. */
function dayHour(hour: number, suffix: ClockMark | undefined): number | undefined {
  if (hour > 24) return undefined;
  if (suffix === 'pm') return hour < NOON ? hour + NOON : hour;
  if (suffix === 'am') return hour;
  return hour >= 1 && hour <= LAST_AFTERNOON_HOUR ? hour + NOON : hour;
}

function rangePart(from: number, until: number): DayPart | undefined {
  if (until <= NOON) return 'ochtend';
  if (from >= NOON) return 'middag';
  return undefined;
}

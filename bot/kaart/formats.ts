/** Formats shared by the kaart's fields: ids, Dutch phone numbers, dates and times. */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Dutch phone numbers as residents dial them: 112/113-style short numbers, 14 + area code,
 * 0800/0900 service numbers, and ordinary ten-digit numbers (with +31 or 0031 too).
 * Spaces, hyphens and brackets are allowed between digits.
 */
export const PHONE_PATTERN = /^\+?[\d\s\-()]{3,20}$/;

export function isDutchPhoneNumber(text: string): boolean {
  if (!PHONE_PATTERN.test(text)) return false;
  const digits = text.replace(/[\s\-()]/g, '');
  return (
    /^(?:\+31|0031|0)[1-9]\d{8}$/.test(digits) ||
    /^0(?:800|900|90\d)\d{4,7}$/.test(digits) ||
    /^14\d{3,4}$/.test(digits) ||
    /^1\d{2,5}$/.test(digits)
  );
}

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

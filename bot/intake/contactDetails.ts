import { Culture, recognizeEmail, recognizePhoneNumber } from '@microsoft/recognizers-text-suite';
import type { ContactDetails } from './intakeCase.js';

function resolvedValue(resolution: unknown): string | undefined {
  if (typeof resolution !== 'object' || resolution === null || !('value' in resolution)) return undefined;
  return typeof resolution.value === 'string' ? resolution.value : undefined;
}

/** A number a client supporter can call back: Dutch ten digits, or international with a "+". */
function isCallable(phone: string): boolean {
  const digits = phone.replace(/[\s\-().]/g, '');
  return /^(?:\+31|0031|0)[1-9]\d{8}$/.test(digits) || /^\+(?!31)[1-9]\d{7,14}$/.test(digits);
}

/**
 * The phone number or e-mail address in what the resident typed ("bel me op 06 1234 5678"),
 * found with the Microsoft recognizers and then checked, or undefined when there is none.
 */
export function parseContactDetails(text: string): ContactDetails | undefined {
  const email = recognizeEmail(text, Culture.English)
    .map((found) => resolvedValue(found.resolution))
    .find((value) => value !== undefined);
  if (email) return { soort: 'email', waarde: email.toLowerCase() };
  const phone = recognizePhoneNumber(text, Culture.English)
    .map((found) => resolvedValue(found.resolution))
    .find((value) => value !== undefined && isCallable(value));
  return phone ? { soort: 'telefoon', waarde: phone.trim() } : undefined;
}

import type { z } from 'zod';
import { closestMatch } from '../analyser/editDistance.js';
import { KAART_FIELD_NAMES } from './fieldNames.js';

/**
 * Plain-Dutch messages for the schema's generic checks, for coordinators who edit the kaart.
 * Field-specific messages (phone, date, id) are set on the schema itself and win over these.
 */
export function schemaMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const field = String(issue.path?.at(-1) ?? 'dit veld');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `"${field}" ontbreekt`;
      return `hier hoort ${typeName(issue.expected)}, maar er staat ${describe(issue.input)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const hint = typeof issue.input === 'string' ? closestMatch(issue.input, allowed) : undefined;
      return hint
        ? `${quoted(String(issue.input))} kan hier niet; bedoel je "${hint}"?`
        : `${quoted(String(issue.input))} kan hier niet; kies uit: ${allowed.join(', ')}`;
    }
    case 'unrecognized_keys': {
      const hints = issue.keys
        .map((key) => closestMatch(key, KAART_FIELD_NAMES))
        .filter((hint) => hint !== undefined);
      const hint =
        issue.keys.length === 1 && hints[0] ? `; bedoel je "${hints[0]}"?` : ': controleer de spelling';
      const shown = issue.keys.slice(0, 3).map(quoted).join(', ');
      return `onbekend veld ${shown}${issue.keys.length > 3 ? ' (en meer)' : ''}${hint}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `noem ten minste ${String(issue.minimum)}`
        : `te klein: ten minste ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `te lang: hoogstens ${String(issue.maximum)} tekens`;
      return `te groot: hoogstens ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'een tekst',
    number: 'een getal',
    int: 'een heel getal',
    boolean: 'ja of nee (true/false)',
    array: 'een lijst (regels die met "- " beginnen)',
    object: 'een blok met velden',
  };
  return names[expected] ?? expected;
}

function describe(input: unknown): string {
  if (input === null) return 'niets';
  if (Array.isArray(input)) return 'een lijst';
  if (typeof input === 'object') return 'een blok met velden';
  if (typeof input === 'string') return `de tekst ${quoted(input)}`;
  return `${typeof input === 'number' ? 'het getal' : 'de waarde'} ${String(input)}`;
}

/** What the coordinator wrote, quoted in part: the message goes to the console and the health check. */
function quoted(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const wordList = z.array(z.string().min(1));

/** Language knowledge the analyser needs besides the kaart: see knowledge/taal.yaml. */
export const taalSchema = z.strictObject({
  stopwoorden: z.strictObject({ nl: wordList, en: wordList }),
  ontkenningen: wordList,
  spreektaal: z.record(z.string(), z.string()),
  verbuigingen: z.strictObject({ nl: wordList, en: wordList }),
  leeftijd: z.strictObject({
    woordenNa: wordList,
    woordenVoor: wordList,
    nietAlsErnaStaat: wordList,
    nietAlsErvoorStaat: wordList,
    duurWoorden: wordList,
  }),
  verleden: z.strictObject({ nl: wordList, en: wordList }),
});

export type Taal = z.output<typeof taalSchema>;

/** Reads and validates knowledge/taal.yaml (or another file of that shape). */
export function loadTaal(file: string): Taal {
  const parsed = taalSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`loadTaal(): ${file} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

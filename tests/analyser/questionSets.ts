import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { CRISIS_TYPES, LEVENSGEBIED_IDS, type Voorbeeld } from '../../bot/kaart/schema.js';

const devCase = z.strictObject({
  q: z.string().min(1),
  lg: z.enum(LEVENSGEBIED_IDS).optional(),
  dg: z.array(z.string()).default([]),
  crisis: z.enum(CRISIS_TYPES).optional(),
});

export const QUESTION_SETS = [
  'devset',
  'blindset',
  'blindset2',
  'blindset3',
  'blindset4',
  'blindset5',
  'blindset6',
  'blindset7',
  'blindset8',
  'crisisset',
] as const;
export type QuestionSetName = (typeof QUESTION_SETS)[number];

/** A labelled question set beside this file (devset.yaml, blindset*.yaml) as voorbeelden. */
export function loadQuestionSet(name: QuestionSetName): Voorbeeld[] {
  const file = fileURLToPath(new URL(`./${name}.yaml`, import.meta.url));
  return z
    .array(devCase)
    .parse(parse(readFileSync(file, 'utf8')))
    .map((item) => ({
      vraag: item.q,
      levensgebieden: item.lg ? [item.lg] : [],
      doelgroepen: item.dg,
      crisis: item.crisis ?? null,
    }));
}

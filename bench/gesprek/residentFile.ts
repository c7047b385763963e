import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { OUTCOME_TYPES } from '../../bot/intake/intakeCase.js';

const click = z.strictObject({ klik: z.array(z.string().min(1)).min(1) });
const answerEntry = z.union([z.string().min(1), click]);
const answer = z.union([answerEntry, z.array(answerEntry).min(1)]);

const residentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  taal: z.enum(['nl', 'en']),
  stijl: z.enum(['klikt', 'typt', 'gemengd']),
  beschrijving: z.string().min(1),
  verwacht: z.strictObject({
    uitkomst: z.enum(OUTCOME_TYPES),
    aanbieders: z.array(z.string().min(1)).min(1).optional(),
  }),
  opening: z.string().min(1),
  antwoorden: z.record(z.string().min(1), answer).default({}),
  standaard: z.string().min(1).optional(),
  later: z.record(z.string().regex(/^[1-9][0-9]*$/, 'a message number from 1'), answerEntry).optional(),
});

/** Clicking the first button whose label holds one of these fragments. */
export type Click = z.infer<typeof click>;
/** What a resident sends once: typed text or a click. */
export type AnswerEntry = z.infer<typeof answerEntry>;
/** A scripted resident of the conversation benchmark, as written in a residents file. */
export type ScriptedResident = z.infer<typeof residentSchema>;

/** A residents file that does not hold valid residents; the message names resident and field. */
export class ResidentFileError extends Error {}

/** Reads and checks a residents file (`bench/gesprek/bewoners.yaml` and the like). */
export function loadResidents(file: string): ScriptedResident[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ResidentFileError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseResidents(data, file);
}

/** Checks parsed YAML as a list of residents; `file` only names the source in errors. */
export function parseResidents(data: unknown, file: string): ScriptedResident[] {
  const result = z.array(residentSchema).min(1).safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${where(data, issue.path)}: ${issue.message}`);
    throw new ResidentFileError(`${file}:\n${problems.join('\n')}`);
  }
  const seen = new Set<string>();
  for (const resident of result.data) {
    if (seen.has(resident.id))
      throw new ResidentFileError(`${file}: resident ${resident.id}: the id occurs twice`);
    seen.add(resident.id);
  }
  return result.data;
}

/** "resident nl-01 (no. 1), field verwacht.uitkomst" for an issue's path. */
function where(data: unknown, path: readonly PropertyKey[]): string {
  const [index, ...field] = path;
  if (typeof index !== 'number') return 'the file (a list of residents)';
  const item: unknown = Array.isArray(data) ? data[index] : undefined;
  const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : '(no id)';
  const name = `resident ${id} (no. ${index + 1})`;
  return field.length === 0 ? name : `${name}, field ${field.map(String).join('.')}`;
}

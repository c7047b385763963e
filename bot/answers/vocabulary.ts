import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { KaartSourceMap } from '../kaart/sourceMap.js';

const phrase = z
  .string({ error: 'hier hoort tekst; zet woorden als true, false of een getal tussen aanhalingstekens' })
  .trim()
  .min(1, 'een leeg zinsdeel telt niet');
const phrases = z
  .array(phrase, { error: 'hier hoort een lijst zinsdelen: [..., ...]' })
  .min(1, 'deze lijst is leeg');
const yesNo = z.strictObject({ ja: phrases, nee: phrases, deels: phrases.optional() });

/** One language's phrases for typed answers: see the header of knowledge/antwoorden.yaml. */
export const taalAntwoordenSchema = z.strictObject({
  vulwoorden: phrases,
  /** Words at which a negation stops counting: "geen werk en ik kan het niet meer aan". */
  voegwoorden: phrases,
  /** Words that may stand inside any phrase: "ik weet het echt niet meer". */
  bijwoorden: phrases,
  ja: phrases,
  deels: phrases,
  nee: phrases,
  weetNiet: phrases,
  voorWie: z.strictObject({
    relaties: phrases,
    zelf: phrases,
    naaste: phrases,
    zelfInZin: phrases,
    naasteInZin: phrases,
    nietOverWie: phrases,
    vulwoorden: phrases,
  }),
  moment: z.strictObject({
    zorgvormen: phrases,
    reflectie: phrases,
    toegang: phrases,
    'tijdens-zorg': phrases,
  }),
  contactmoment: z.strictObject({
    ochtend: phrases,
    middag: phrases,
    'maakt-niet-uit': phrases,
    vulwoorden: phrases,
    tijd: z.strictObject({
      om: phrases,
      voor: phrases,
      na: phrases,
      tussen: phrases,
      en: phrases,
      uur: phrases,
      am: phrases.optional(),
      pm: phrases.optional(),
    }),
  }),
  persoon: z.strictObject({ antwoord: phrases, inZin: phrases, vulwoorden: phrases }),
  /** Asking for a client supporter (a warm handover), not for a person at the loket. */
  overdracht: z.strictObject({ inZin: phrases }),
  vraagTerug: phrases,
  aanbieder: z.strictObject({ vulwoorden: phrases, volgorde: z.array(phrases) }),
  meetlat: z.strictObject({ regieKwijt: yesNo, netwerk: yesNo, zelf: yesNo }),
});

export const answerVocabularySchema = z.strictObject({ nl: taalAntwoordenSchema, en: taalAntwoordenSchema });

export type TaalAntwoorden = z.output<typeof taalAntwoordenSchema>;
export type AnswerVocabulary = z.output<typeof answerVocabularySchema>;

/** A problem in the vocabulary file, where it stands (1-based line and column). */
export interface VocabularyProblem {
  message: string;
  line: number;
  column: number;
  path: (string | number)[];
}

/** The vocabulary file cannot be used; `message` lists every problem as `file:line:column: …`. */
export class AnswerVocabularyError extends Error {
  constructor(
    readonly file: string,
    readonly problems: VocabularyProblem[],
  ) {
    super(
      problems.map((problem) => `${file}:${problem.line}:${problem.column}: ${problem.message}`).join('\n'),
    );
    this.name = 'AnswerVocabularyError';
  }
}

/**
 * Reads the vocabulary from YAML text: syntax, then structure. `check` may add problems the
 * schema cannot see (a phrase without words); they are located by their path.
 * Throws an AnswerVocabularyError with the line and column of each problem.
 */
export function parseAnswerVocabulary(
  text: string,
  file: string,
  check: (vocabulary: AnswerVocabulary) => { message: string; path: (string | number)[] }[] = () => [],
): AnswerVocabulary {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new AnswerVocabularyError(
      file,
      document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { message: `de opmaak (YAML) klopt hier niet (${error.code})`, line, column: col, path: [] };
      }),
    );
  }
  const sourceMap = new KaartSourceMap(document, lineCounter);
  const located = (message: string, path: readonly PropertyKey[], atKey = false): VocabularyProblem => ({
    message,
    ...sourceMap.locate(path, { atKey }),
    path: path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
  });
  // maxAliasCount: a vocabulary has no reason to use aliases; a few are harmless, many are an attack.
  const parsed = answerVocabularySchema.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    throw new AnswerVocabularyError(
      file,
      parsed.error.issues.map((issue) => {
        const unknownKey = issue.code === 'unrecognized_keys';
        const path = unknownKey ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        const message = unknownKey ? `onbekend veld "${issue.keys.join('", "')}"` : issue.message;
        return located(message, path, unknownKey);
      }),
    );
  }
  const problems = check(parsed.data).map((problem) => located(problem.message, problem.path));
  if (problems.length > 0) throw new AnswerVocabularyError(file, problems);
  return parsed.data;
}

/** Reads and checks knowledge/antwoorden.yaml (or another file of that shape). */
export function loadAnswerVocabulary(
  file: string,
  check?: (vocabulary: AnswerVocabulary) => { message: string; path: (string | number)[] }[],
): AnswerVocabulary {
  return parseAnswerVocabulary(readFileSync(file, 'utf8'), file, check);
}

import type { SocialeKaart, Woorden } from '../kaart/schema.js';
import { dutchStems } from './dutchStem.js';
import type { Taal } from './taal.js';
import { spreektaalMap } from './tokenize.js';
import { parseConceptPattern, parseWordPattern, type PatternWord, type WordPattern } from './wordPattern.js';

export type Language = 'nl' | 'en';
/** What a pattern says something about; a `part` is one slot of a concept pair and scores nothing alone. */
export type PatternCategory = 'levensgebied' | 'doelgroep' | 'crisis' | 'uitzondering' | 'verleden' | 'part';

/** A kaart word or phrase, compiled for one target (a levensgebied, doelgroep or crisis type). */
export interface CompiledPattern {
  category: PatternCategory;
  targetId: string;
  language: Language;
  source: string;
  words: PatternWord[];
  /** 1 for one meaningful word, +0.5 for each further one; function words add nothing; halved if weak. */
  weight: number;
  /** Crisis signals and their exceptions match strictly: no loose compounds or typos in short words. */
  strict: boolean;
  /** The pattern itself says "not" ("niet meer leven"), so a negation nearby does not cancel it. */
  negated: boolean;
  /** For a part of a concept pair: which pair (index in `Lexicon.concepts`) and which slot. */
  partOf?: { concept: number; slot: number };
}

/** The categories crisis detection reads: the signals, and what tells a real crisis from a seeming one. */
const CRISIS_CATEGORIES: ReadonlySet<PatternCategory> = new Set(['crisis', 'uitzondering', 'verleden']);

/** A concept pair ("mezelf|zichzelf + doden|ophangen"): its slots are found through its parts. */
export interface ConceptPair {
  pattern: CompiledPattern;
  slots: number;
}

/** Everything the analyser matches against, built once per kaart version. */
export class Lexicon {
  readonly patterns: CompiledPattern[] = [];
  readonly concepts: ConceptPair[] = [];
  readonly byFirstWord = new Map<string, CompiledPattern[]>();
  /** As `byFirstWord`, only the patterns crisis detection needs: it reads all of a long message. */
  readonly crisisByFirstWord = new Map<string, CompiledPattern[]>();
  readonly words = new Set<string>();
  readonly stopwords: Record<Language, Set<string>>;
  readonly allStopwords: Set<string>;
  readonly negations: Set<string>;
  /** Every ending, for the word matcher, and per language, for accepting a match. */
  readonly inflections: Set<string>;
  readonly inflectionsByLanguage: Record<Language, Set<string>>;
  readonly spreektaal: Map<string, string[]>;

  constructor(kaart: SocialeKaart, taal: Taal) {
    this.stopwords = { nl: new Set(taal.stopwoorden.nl), en: new Set(taal.stopwoorden.en) };
    this.allStopwords = new Set([...taal.stopwoorden.nl, ...taal.stopwoorden.en]);
    this.negations = new Set(taal.ontkenningen);
    this.inflectionsByLanguage = { nl: new Set(taal.verbuigingen.nl), en: new Set(taal.verbuigingen.en) };
    this.inflections = new Set([...taal.verbuigingen.nl, ...taal.verbuigingen.en]);
    this.spreektaal = spreektaalMap(taal.spreektaal);

    for (const item of kaart.levensgebieden) this.addAll('levensgebied', item.id, item.woorden, false);
    for (const item of kaart.doelgroepen) this.addAll('doelgroep', item.id, item.woorden, false);
    for (const item of kaart.crisis.types) this.addAll('crisis', item.id, item.signalen, true);
    this.addAll('uitzondering', 'uitzondering', kaart.crisis.uitzonderingen, true);
    this.addAll('verleden', 'verleden', taal.verleden, true);
    for (const pattern of this.patterns) {
      if (this.tellsCrisis(pattern)) addByFirstWord(this.crisisByFirstWord, pattern);
    }
  }

  private tellsCrisis(pattern: CompiledPattern): boolean {
    const category = pattern.partOf
      ? this.concepts[pattern.partOf.concept]!.pattern.category
      : pattern.category;
    return CRISIS_CATEGORIES.has(category);
  }

  private addAll(category: PatternCategory, targetId: string, woorden: Woorden, strict: boolean): void {
    const listedDutch = singleWords(woorden.nl);
    for (const language of ['nl', 'en'] as const) {
      const variants = new Set<string>();
      for (const source of woorden[language]) {
        // "burn-out" is also written "burnout": accept both.
        variants.add(source).add(source.replace(/(\p{L})-(\p{L})/gu, '$1$2'));
        if (language === 'nl' && !strict) {
          for (const stem of stemsOf(source, listedDutch)) variants.add(stem);
        }
      }
      for (const variant of variants) this.add(category, targetId, language, variant, strict);
    }
  }

  private add(
    category: PatternCategory,
    targetId: string,
    language: Language,
    source: string,
    strict: boolean,
  ) {
    const parsed = parseConceptPattern(source);
    if ('error' in parsed) return; // the kaart checker reports these with their place in the file
    const [firstSlot, ...otherSlots] = parsed.slots;
    if (otherSlots.length === 0) {
      for (const alternative of firstSlot ?? [])
        this.addWords(category, targetId, language, alternative, strict);
      return;
    }
    const concept = this.concepts.length;
    const negated = parsed.slots.some((slot) => slot.some((alternative) => this.saysNot(alternative)));
    // A pair recognises one idea said in two parts; it weighs as one word, not as two.
    const weight = 1;
    this.concepts.push({
      pattern: { category, targetId, language, source, words: [], weight, strict, negated },
      slots: parsed.slots.length,
    });
    parsed.slots.forEach((alternatives, slot) => {
      for (const alternative of alternatives) {
        this.addWords('part', targetId, language, alternative, strict, { concept, slot });
      }
    });
  }

  private addWords(
    category: PatternCategory,
    targetId: string,
    language: Language,
    parsed: WordPattern,
    strict: boolean,
    partOf?: CompiledPattern['partOf'],
  ): void {
    const words = parsed.words.flatMap((word) =>
      (this.spreektaal.get(word.text) ?? [word.text]).map((text) => ({ text, exact: word.exact })),
    );
    const meaningful = words.filter((word) => !this.allStopwords.has(word.text)).length;
    const pattern: CompiledPattern = {
      category,
      targetId,
      language,
      source: parsed.source.trim(),
      words,
      weight: (1 + 0.5 * Math.max(0, meaningful - 1)) * (parsed.weak ? 0.5 : 1),
      strict,
      negated: this.saysNot({ ...parsed, words }),
      ...(partOf ? { partOf } : {}),
    };
    this.patterns.push(pattern);
    for (const word of words) this.words.add(word.text);
    addByFirstWord(this.byFirstWord, pattern);
  }

  private saysNot(pattern: Pick<WordPattern, 'words'>): boolean {
    return pattern.words.some((word) => this.negations.has(word.text));
  }
}

function addByFirstWord(index: Map<string, CompiledPattern[]>, pattern: CompiledPattern): void {
  const first = pattern.words[0]!.text;
  const list = index.get(first);
  if (list) list.push(pattern);
  else index.set(first, [pattern]);
}

/**
 * Stems of a single Dutch word ("bewegen" → "beweeg"), so "beweeglessen" and "ik betaal"
 * are understood. Not where the list names the stem itself ("=werk" beside "werken",
 * "=huis?" beside "huizen"): then the kaart's own entry decides how it counts.
 */
function stemsOf(source: string, listed: ReadonlySet<string>): string[] {
  if (/\s\+\s|\|/.test(source)) return [];
  const parsed = parseWordPattern(source);
  if ('error' in parsed || parsed.words.length !== 1 || parsed.words[0]!.exact) return [];
  const suffix = parsed.weak ? '?' : '';
  return dutchStems(parsed.words[0]!.text)
    .filter((stem) => !listed.has(stem))
    .map((stem) => stem + suffix);
}

/** The single words a list names, in any form ("=huis?" names "huis"). */
function singleWords(list: readonly string[]): Set<string> {
  return new Set(
    list.flatMap((word) => {
      const entry = parseWordPattern(word);
      return 'error' in entry || entry.words.length !== 1 ? [] : [entry.words[0]!.text];
    }),
  );
}

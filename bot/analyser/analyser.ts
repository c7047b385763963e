import type { CrisisType, Hulplijn, SocialeKaart } from '../kaart/schema.js';
import { findAgeMentions } from './ageMentions.js';
import { combineConceptPairs } from './conceptPairs.js';
import { genuineCrisisOccurrences } from './crisisDetector.js';
import { detectLanguage } from './language.js';
import { Lexicon, type Language } from './lexicon.js';
import { findOccurrences, type Occurrence } from './patternMatcher.js';
import { rankTargets, scoreTargets, type ScoredTarget } from './scoring.js';
import type { Taal } from './taal.js';
import { tokenize, type Token } from './tokenize.js';
import { WordMatcher } from './wordMatcher.js';

export interface Match {
  id: string;
  score: number;
  matched: string[];
}

export interface CrisisSignal {
  type: CrisisType;
  matched: string[];
  /** The line to call first, and all lines for this crisis, as the kaart gives them. */
  hulplijn: Hulplijn;
  hulplijnen: Hulplijn[];
}

export interface Analysis {
  language: Language;
  /** Best first. Empty words give `anders` with score 0: nothing was recognised. */
  levensgebieden: Match[];
  doelgroepen: Match[];
  crisis: CrisisSignal | null;
}

const CONDITION_WORD_FACTOR = 0.5;
const FOREIGN_WORD_FACTOR = 0.5;
const FALLBACK_FACTOR = 0.4;

/**
 * Words analysed at most (about 120 kB of text): far beyond any real message, so crisis
 * detection sees all of it, while a pasted book cannot stall the analyser.
 */
export const MAX_ANALYSED_TOKENS = 20_000;

/**
 * Understands a resident's message through the kaart's words: which levensgebieden and
 * doelgroepen it is about, and whether it signals a crisis. Deterministic, and it explains
 * itself: every result lists the words that triggered it. Build one per kaart version.
 */
export class Analyser {
  private readonly lexicon: Lexicon;
  private readonly matcher: WordMatcher;
  private readonly levensgebiedOrder: string[];
  private readonly doelgroepOrder: string[];
  private readonly fallbackLevensgebied: Map<string, string>;
  private readonly taal: Taal;

  constructor(
    private readonly kaart: SocialeKaart,
    taal: Taal,
  ) {
    this.taal = taal;
    this.lexicon = new Lexicon(kaart, taal);
    this.matcher = new WordMatcher(this.lexicon.words, this.lexicon.inflections, this.lexicon.allStopwords);
    this.levensgebiedOrder = kaart.levensgebieden.map((item) => item.id);
    this.doelgroepOrder = kaart.doelgroepen.map((item) => item.id);
    this.fallbackLevensgebied = new Map(
      kaart.doelgroepen.flatMap((item) => (item.levensgebied ? [[item.id, item.levensgebied] as const] : [])),
    );
  }

  analyse(text: string): Analysis {
    const tokens = tokenize(text, this.lexicon.spreektaal).slice(0, MAX_ANALYSED_TOKENS);
    const texts = tokens.map((token) => token.text);
    const hits = texts.map((token) => this.matcher.match(token));
    const found = findOccurrences(tokens, hits, this.lexicon.byFirstWord, this.lexicon.inflectionsByLanguage);
    const occurrences = [
      ...found.filter((occurrence) => occurrence.pattern.category !== 'part'),
      ...combineConceptPairs(found, this.lexicon.concepts, tokens),
    ];
    const language = detectLanguage(tokens, this.lexicon.stopwords, occurrences);
    const of = (category: Occurrence['pattern']['category']) =>
      occurrences.filter((occurrence) => occurrence.pattern.category === category);

    const doelgroepOccurrences = [...of('doelgroep'), ...this.ageOccurrences(tokens)];
    const topicOccurrences = [
      ...discountConditionWords(
        preferExactReadings(weighForLanguage(of('levensgebied'), language)),
        doelgroepOccurrences.filter((o) => this.fallbackLevensgebied.has(o.pattern.targetId)),
      ),
      ...this.doelgroepFallbacks(doelgroepOccurrences),
    ];
    const levensgebieden = rankTargets(scoreTargets(topicOccurrences, texts), this.levensgebiedOrder);
    const doelgroepen = rankTargets(scoreTargets(doelgroepOccurrences, texts), this.doelgroepOrder);
    const crisis = genuineCrisisOccurrences(of('crisis'), of('uitzondering'), tokens, this.lexicon.negations);
    return {
      language,
      levensgebieden:
        levensgebieden.length > 0 ? levensgebieden.map(toMatch) : [{ id: 'anders', score: 0, matched: [] }],
      doelgroepen: doelgroepen.map(toMatch),
      crisis: this.crisisSignal(crisis, texts),
    };
  }

  /** Doelgroepen whose kaart `leeftijd` holds an age the message mentions ("mijn vader van 88"). */
  private ageOccurrences(tokens: readonly Token[]): Occurrence[] {
    return findAgeMentions(tokens, this.taal.leeftijd).flatMap(({ age, position }) =>
      this.kaart.doelgroepen
        .filter(({ leeftijd }) => leeftijd && age >= (leeftijd.van ?? 0) && age < (leeftijd.tot ?? Infinity))
        .map((doelgroep) => ({
          pattern: {
            category: 'doelgroep' as const,
            targetId: doelgroep.id,
            language: 'nl' as const,
            source: `leeftijd ${age}`,
            words: [{ text: String(age), exact: true }],
            weight: 1,
            strict: false,
            negated: false,
          },
          positions: [position],
          quality: 1,
        })),
    );
  }

  /**
   * A doelgroep alone still says something about the question: "ik ben steeds overprikkeld
   * sinds mijn hersenschudding" is about care. Its kaart `levensgebied` gets half weight.
   */
  private doelgroepFallbacks(doelgroepOccurrences: readonly Occurrence[]): Occurrence[] {
    // A hint, not evidence: one per levensgebied, weaker than any word of its own.
    const best = new Map<string, Occurrence>();
    for (const occurrence of doelgroepOccurrences) {
      const levensgebied = this.fallbackLevensgebied.get(occurrence.pattern.targetId);
      if (!levensgebied || (best.get(levensgebied)?.quality ?? -1) >= occurrence.quality) continue;
      const pattern = { ...occurrence.pattern, category: 'levensgebied' as const, targetId: levensgebied };
      best.set(levensgebied, { ...occurrence, pattern, fallback: true });
    }
    return [...best.values()].map((occurrence) => ({
      ...occurrence,
      quality: occurrence.quality * FALLBACK_FACTOR,
    }));
  }

  private crisisSignal(occurrences: Occurrence[], texts: string[]): CrisisSignal | null {
    const order = this.kaart.crisis.types.map((type) => type.id);
    const best = rankTargets(scoreTargets(occurrences, texts), order)[0];
    const definition = best && this.kaart.crisis.types.find((type) => type.id === best.id);
    if (!best || !definition) return null;
    return {
      type: definition.id,
      matched: best.matched,
      hulplijn: definition.hulplijnen[0]!,
      hulplijnen: definition.hulplijnen,
    };
  }
}

/**
 * In a Dutch message an English word is often a Dutch word with another meaning ("lift",
 * "rent"): it counts half. An English message keeps its Dutch words ("huurtoeslag", "Wmo").
 */
function weighForLanguage(topics: Occurrence[], language: Language): Occurrence[] {
  if (language === 'en') return topics;
  return topics.map((o) =>
    o.pattern.language === 'en' ? { ...o, quality: o.quality * FOREIGN_WORD_FACTOR } : o,
  );
}

/**
 * A loose reading of a word (part of a compound, a typo) gives way where another levensgebied
 * has that very word: "gezinsvoogd" is listed under jeugdzorg, so it is not "gezin" (opvoeding).
 */
function preferExactReadings(topics: Occurrence[]): Occurrence[] {
  const exactAt = new Map<number, Set<string>>();
  for (const occurrence of topics) {
    if (occurrence.quality < 1) continue;
    for (const position of occurrence.positions) {
      const targets = exactAt.get(position) ?? new Set<string>();
      exactAt.set(position, targets.add(occurrence.pattern.targetId));
    }
  }
  return topics.filter(
    (occurrence) =>
      occurrence.quality >= 1 ||
      !occurrence.positions.every((position) =>
        [...(exactAt.get(position) ?? [])].some((target) => target !== occurrence.pattern.targetId),
      ),
  );
}

/**
 * Words that say who the resident is ("herseninfarct", "depressief") count half towards a
 * levensgebied: "sinds mijn herseninfarct ben ik mijn werk kwijt" is a question about work.
 * This holds for doelgroepen with a fallback levensgebied (conditions, ages), not for roles
 * such as mantelzorger, whose words are the topic itself.
 */
function discountConditionWords(topics: Occurrence[], conditions: readonly Occurrence[]): Occurrence[] {
  // Only where the doelgroep reading is at least as good: "jeugdbescherming" merely starts with "jeugd".
  const conditionQuality = new Map<number, number>();
  for (const { positions, quality } of conditions) {
    for (const position of positions)
      conditionQuality.set(position, Math.max(quality, conditionQuality.get(position) ?? 0));
  }
  return topics.map((occurrence) =>
    occurrence.positions.every((position) => (conditionQuality.get(position) ?? 0) >= occurrence.quality)
      ? { ...occurrence, quality: occurrence.quality * CONDITION_WORD_FACTOR }
      : occurrence,
  );
}

function toMatch({ id, score, matched }: ScoredTarget): Match {
  return { id, score, matched };
}

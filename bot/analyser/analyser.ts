import type { CrisisType, Hulplijn, SocialeKaart } from '../kaart/schema.js';
import { ageOccurrences } from './ageMentions.js';
import { combineConceptPairs } from './conceptPairs.js';
import { genuineCrisisOccurrences } from './crisisDetector.js';
import { detectLanguage } from './language.js';
import { type CompiledPattern, Lexicon, type Language, type PatternCategory } from './lexicon.js';
import { findOccurrences, type Occurrence } from './patternMatcher.js';
import { rankTargets, scoreTargets, type ScoredTarget } from './scoring.js';
import type { Taal } from './taal.js';
import { type Token, tokenize } from './tokenize.js';
import { topicText } from './topicText.js';
import {
  discountConditionWords,
  doelgroepFallbacks,
  preferExactReadings,
  preferLongerReadings,
  weighForLanguage,
} from './topicEvidence.js';
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

/** A text's words, and where the lexicon's patterns occur in it. */
interface Reading {
  tokens: Token[];
  texts: string[];
  occurrences: Occurrence[];
}

export interface Analysis {
  language: Language;
  /** Best first. Empty words give `anders` with score 0: nothing was recognised. */
  levensgebieden: Match[];
  doelgroepen: Match[];
  crisis: CrisisSignal | null;
}

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
  private readonly pastCounts: Set<string>;
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
    this.pastCounts = new Set(kaart.crisis.types.filter((type) => type.verledenTelt).map((type) => type.id));
    this.fallbackLevensgebied = new Map(
      kaart.doelgroepen.flatMap((item) => (item.levensgebied ? [[item.id, item.levensgebied] as const] : [])),
    );
  }

  /**
   * Topics, doelgroepen and language are read from the start of the message (`topicText`);
   * crisis signals from all of it, in time linear in its length.
   */
  analyse(text: string): Analysis {
    const start = topicText(text);
    const topics = this.read(start, this.lexicon.byFirstWord);
    // A long paste is read a second time, for crisis signals only: cheap, and a crisis told at
    // the end of a 400 kB message is still answered.
    const whole = start === text ? topics : this.read(text, this.lexicon.crisisByFirstWord);
    const { tokens, texts } = topics;
    const of = (category: PatternCategory) =>
      topics.occurrences.filter((occurrence) => occurrence.pattern.category === category);
    const language = detectLanguage(tokens, this.lexicon.stopwords, topics.occurrences);

    const doelgroepOccurrences = preferLongerReadings([
      ...of('doelgroep'),
      ...ageOccurrences(tokens, this.taal.leeftijd, this.kaart.doelgroepen),
    ]);
    const conditions = doelgroepOccurrences.filter((o) => this.fallbackLevensgebied.has(o.pattern.targetId));
    const topicOccurrences = [
      ...discountConditionWords(
        weighForLanguage(preferExactReadings(of('levensgebied')), language),
        conditions,
      ),
      ...doelgroepFallbacks(doelgroepOccurrences, this.fallbackLevensgebied),
    ];
    const levensgebieden = rankTargets(scoreTargets(topicOccurrences, texts), this.levensgebiedOrder);
    const doelgroepen = rankTargets(scoreTargets(doelgroepOccurrences, texts), this.doelgroepOrder);
    return {
      language,
      levensgebieden:
        levensgebieden.length > 0 ? levensgebieden.map(toMatch) : [{ id: 'anders', score: 0, matched: [] }],
      doelgroepen: doelgroepen.map(toMatch),
      crisis: this.crisisSignal(whole),
    };
  }

  /** The words of `text` and where the patterns of `byFirstWord` (and their concept pairs) occur. */
  private read(text: string, byFirstWord: ReadonlyMap<string, readonly CompiledPattern[]>): Reading {
    const tokens = tokenize(text, this.lexicon.spreektaal);
    const texts = tokens.map((token) => token.text);
    const hits = texts.map((token) => this.matcher.match(token));
    const found = findOccurrences(tokens, hits, byFirstWord, this.lexicon.inflectionsByLanguage);
    const occurrences = [
      ...found.filter((occurrence) => occurrence.pattern.category !== 'part'),
      ...combineConceptPairs(found, this.lexicon.concepts, tokens),
    ];
    return { tokens, texts, occurrences };
  }

  private crisisSignal({ tokens, texts, occurrences }: Reading): CrisisSignal | null {
    const of = (category: PatternCategory) =>
      occurrences.filter((occurrence) => occurrence.pattern.category === category);
    const genuine = genuineCrisisOccurrences(of('crisis'), tokens, {
      exceptions: of('uitzondering'),
      past: of('verleden'),
      pastCounts: this.pastCounts,
      negations: this.lexicon.negations,
    });
    const order = this.kaart.crisis.types.map((type) => type.id);
    const best = rankTargets(scoreTargets(genuine, texts), order)[0];
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

function toMatch({ id, score, matched }: ScoredTarget): Match {
  return { id, score, matched };
}

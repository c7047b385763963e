import { foldCase } from '../analyser/normalize.js';
import { type Taal, loadTaal } from '../analyser/taal.js';
import { spreektaalMap, tokenize } from '../analyser/tokenize.js';
import type { Contactmoment, Meetlat, MeetlatAntwoord, VoorWie } from '../intake/intakeCase.js';
import type { MomentId } from '../kaart/schema.js';
import { ANTWOORDEN_FILE, TAAL_FILE } from '../paths.js';
import { type NamedAanbieder, matchAanbieder } from './aanbiederNames.js';
import { type ClockMark, clockTimes } from './clockTimes.js';
import { type CompiledVocabulary, type MeetlatField, compileVocabulary } from './compiledVocabulary.js';
import { NegationCheck } from './negation.js';
import { type MeaningPhrase, PhraseFinder, type PhraseMatch } from './phraseFinder.js';
import { outermost, span, strongest, strongestMatch, withoutLeadingFiller } from './matchChoice.js';
import { type ReplyToken, replyTokens } from './replyTokens.js';
import { type AnswerVocabulary, loadAnswerVocabulary } from './vocabulary.js';
import { wholeReplyMeaning } from './wholeReply.js';

/** What the readers need of knowledge/taal.yaml. */
export type AnswerTaal = Pick<Taal, 'spreektaal' | 'ontkenningen'>;

/** A reply that is only question marks ("?", "??") asks what the question means. */
const ONLY_QUESTION_MARKS = /^[\s?¿]+$/;

/**
 * Understands what residents type instead of pressing a button, from knowledge/antwoorden.yaml.
 * Replies to a button question count only when the reply *is* the answer, apart from filler
 * (`yesNo`, `voorWie`, `contactmoment`, `aanbieder`, `asksBack`); the readers of sentences
 * (`voorWieIn`, `moment`, `asksForPerson`, `meetlatIn`) find phrases anywhere and heed negation.
 * Every language's phrases count in every conversation. Pure, deterministic, linear in the
 * reply, which is read up to its first MAX_REPLY_CHARS characters. Build one and reuse it.
 */
export class AnswerReader {
  private readonly spreektaal: Map<string, string[]>;
  private readonly negation: NegationCheck;
  private readonly filler: PhraseFinder<'vul'>;
  private readonly yesNoFinder: PhraseFinder<MeetlatAntwoord>;
  private readonly voorWieFinder: PhraseFinder<VoorWie>;
  private readonly voorWieFiller: PhraseFinder<'vul'>;
  private readonly voorWieInText: PhraseFinder<VoorWie | 'ik' | 'nietOverWie'>;
  private readonly voorWieLoose: PhraseFinder<VoorWie | MeetlatAntwoord>;
  private readonly momentFinder: PhraseFinder<MomentId>;
  private readonly contactmomentFinder: PhraseFinder<Contactmoment>;
  private readonly contactmomentFiller: PhraseFinder<'vul'>;
  private readonly clockMarks: PhraseFinder<ClockMark>;
  private readonly gluedUnits: Map<string, ClockMark>;
  private readonly persoonReply: PhraseFinder<'persoon'>;
  private readonly persoonInText: PhraseFinder<'persoon'>;
  private readonly overdrachtInText: PhraseFinder<'overdracht'>;
  private readonly persoonFiller: PhraseFinder<'vul'>;
  private readonly vraagTerug: PhraseFinder<'vraag'>;
  private readonly aanbiederFiller: PhraseFinder<'vul'>;
  private readonly aanbiederPlaces: PhraseFinder<string>;
  private readonly meetlat: PhraseFinder<`${MeetlatField}.${MeetlatAntwoord}`>;

  /** Reads and checks both files; throws with file:line:column when the vocabulary is broken. */
  static fromFiles(antwoordenFile = ANTWOORDEN_FILE, taalFile = TAAL_FILE): AnswerReader {
    const taal = loadTaal(taalFile);
    const spreektaal = spreektaalMap(taal.spreektaal);
    const vocabulary = loadAnswerVocabulary(
      antwoordenFile,
      (loaded) => compileVocabulary(loaded, spreektaal).problems,
    );
    return new AnswerReader(vocabulary, taal);
  }

  constructor(vocabulary: AnswerVocabulary, taal: AnswerTaal) {
    this.spreektaal = spreektaalMap(taal.spreektaal);
    const { compiled: v, problems } = compileVocabulary(vocabulary, this.spreektaal);
    if (problems.length > 0) {
      throw new Error(
        `AnswerReader(): ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`,
      );
    }
    const adverbs = singleWords(v.adverbs);
    const finder = <M extends string>(...lists: MeaningPhrase<M>[][]) =>
      new PhraseFinder<M>(lists.flat(), v.classes, adverbs);
    // A reply often leaves out the "ik" a phrase starts with: "snap de vraag niet".
    const fillerWords = singleWords(v.filler);
    const reply = <M extends string>(...lists: MeaningPhrase<M>[][]) =>
      finder(...lists.map((list) => withoutLeadingFiller(list, fillerWords)));
    const negations = new Set(
      taal.ontkenningen.flatMap((word) => tokenize(word, this.spreektaal).map((t) => t.text)),
    );
    this.negation = new NegationCheck(negations, singleWords(v.conjunctions));
    this.filler = finder(v.filler);
    this.yesNoFinder = reply(v.yesNo);
    this.voorWieFinder = reply(v.voorWie);
    this.voorWieFiller = finder(v.filler, v.voorWieFiller);
    this.voorWieInText = finder(v.voorWieInText);
    this.voorWieLoose = finder<VoorWie | MeetlatAntwoord>(v.voorWie, v.yesNo);
    this.momentFinder = finder(v.moment);
    this.contactmomentFinder = reply(v.contactmoment);
    this.contactmomentFiller = finder(v.filler, v.contactmomentFiller);
    this.clockMarks = finder(v.clockMarks);
    this.gluedUnits = gluedUnits(v);
    this.persoonReply = reply(v.persoonReply, v.persoonInText);
    this.persoonInText = finder(v.persoonInText);
    this.overdrachtInText = finder(v.overdrachtInText);
    this.persoonFiller = finder(v.filler, v.persoonFiller);
    this.vraagTerug = reply(v.vraagTerug);
    this.aanbiederFiller = finder(v.filler, v.aanbiederFiller);
    this.aanbiederPlaces = finder(v.aanbiederPlaces);
    this.meetlat = finder(v.meetlat);
  }

  /** A reply to a yes/no question: "ja hoor", "een beetje wel" (deels), "weet ik niet" (never nee). */
  yesNo(text: string): MeetlatAntwoord | undefined {
    return this.whole(text, this.yesNoFinder, this.filler);
  }

  /**
   * A reply to "for whom?": "voor mezelf", "ik", "mn zoon", "for my dad", "de buurvrouw". A reply
   * that says more is read when one answer stands out: it starts the reply ("ikzelf, ik woon
   * alleen") or is a phrase of two or more words ("voor mijn vader van 80"), is not negated
   * ("niet voor mij maar voor mijn broer"), and the other answer is not there too ("ik en mijn
   * moeder"). "weet ik niet" is no "ik".
   */
  voorWie(text: string): VoorWie | undefined {
    const tokens = this.tokens(text);
    const strict = this.wholeTokens(tokens, this.voorWieFinder, this.voorWieFiller);
    if (strict) return strict;
    const filler = new Set(this.voorWieFiller.find(tokens).flatMap(({ start, end }) => span(start, end)));
    let first = 0;
    while (filler.has(first)) first++;
    const found = outermost(
      this.voorWieLoose
        .find(tokens)
        .filter((match) => !this.negation.isNegated(match, tokens, { after: false })),
    );
    const winner = strongestMatch(found);
    if (!winner || (winner.meaning !== 'zelf' && winner.meaning !== 'naaste')) return undefined;
    // "ik en mijn moeder" names both.
    if (
      found.some(
        (match) =>
          match.meaning !== winner.meaning && (match.meaning === 'zelf' || match.meaning === 'naaste'),
      )
    ) {
      return undefined;
    }
    return winner.words >= 2 || winner.start === first ? winner.meaning : undefined;
  }

  /**
   * Whom a free message (the opening question) is about: someone close when it names them
   * ("mijn vader kan niet meer alleen wonen"), the resident when they write about themselves
   * ("ik heb schulden"), undefined when it cannot tell ("ik wil iets vragen") or names both.
   */
  voorWieIn(text: string): VoorWie | undefined {
    const tokens = this.tokens(text);
    const found = this.voorWieInText
      .find(tokens)
      .filter((match) => !this.negation.isNegated(match, tokens, { after: false }));
    const named = found.filter(
      (match): match is PhraseMatch<VoorWie> => match.meaning === 'zelf' || match.meaning === 'naaste',
    );
    if (named.length > 0) return strongest(named) ?? undefined;
    // "ik" in "ik wil iets vragen" or "waar kan ik" says nothing about whom it is for.
    const frames = found.filter((match) => match.meaning === 'nietOverWie');
    const inFrame = (at: number) => frames.some(({ start, end }) => at >= start && at < end);
    return found.some((match) => match.meaning === 'ik' && !inFrame(match.start)) ? 'zelf' : undefined;
  }

  /** Where the resident stands, anywhere in a message: "ik wil eerst nadenken", "applying", "ik krijg al thuiszorg". */
  moment(text: string): MomentId | undefined {
    const tokens = this.tokens(text);
    const found = this.momentFinder
      .find(tokens)
      .filter((match) => !this.negation.isNegated(match, tokens, { after: false }));
    return strongest(found) ?? undefined;
  }

  /** A reply to "when may we call?": "'s ochtends", "voor 12 uur", "na 5 uur" (middag), "maakt niet uit". */
  contactmoment(text: string): Contactmoment | undefined {
    const tokens = this.tokens(text);
    const matches = [
      ...this.contactmomentFinder.find(tokens),
      ...clockTimes(tokens, this.clockMarks, this.gluedUnits),
    ];
    return wholeReplyMeaning(tokens.length, matches, this.contactmomentFiller.find(tokens));
  }

  /** The provider a reply chooses among those offered: "die van mee", "wijkteem", "de tweede", "2". */
  aanbieder(text: string, aanbieders: readonly NamedAanbieder[]): string | undefined {
    const tokens = this.tokens(text);
    return matchAanbieder(
      tokens,
      this.aanbiederFiller.find(tokens),
      this.aanbiederPlaces.find(tokens),
      aanbieders,
      this.spreektaal,
    );
  }

  /**
   * The resident asks for a human: as the whole reply ("medewerker", "human"), or in a sentence
   * ("ik wil liever met een echt mens praten"), not negated ("ik wil niet gebeld worden").
   * "mijn medewerker van de thuiszorg komt niet" is no request.
   */
  asksForPerson(text: string): boolean {
    const tokens = this.tokens(text);
    if (this.wholeTokens(tokens, this.persoonReply, this.persoonFiller) === 'persoon') return true;
    return this.persoonInText
      .find(tokens)
      .some((match) => !this.negation.isNegated(match, tokens, { after: true }));
  }

  /** The message asks for a client supporter ("kan er een cliëntondersteuner bij zijn?"), anywhere in it. */
  asksForHandover(text: string): boolean {
    const tokens = this.tokens(text);
    return this.overdrachtInText
      .find(tokens)
      .some((match) => !this.negation.isNegated(match, tokens, { after: true }));
  }

  /** The reply is a question about the question: "wat is grip?", "wat bedoel je", "hoezo", "?". */
  asksBack(text: string): boolean {
    if (ONLY_QUESTION_MARKS.test(text) && text.includes('?')) return true;
    return this.whole(text, this.vraagTerug, this.filler) === 'vraag';
  }

  /**
   * What a free message already says to the meetlat: "ik kan het niet meer aan" (regieKwijt ja),
   * "ik sta er alleen voor" (netwerk nee), "dat kan ik zelf wel" (zelf ja). Negated phrases do
   * not count ("ik ben de grip niet kwijt" is no regieKwijt ja); a field with two answers of
   * equal weight is left out.
   */
  meetlatIn(text: string): Partial<Meetlat> {
    const tokens = this.tokens(text);
    const found = outermost(
      this.meetlat.find(tokens).filter((match) => !this.negation.isNegated(match, tokens, { after: true })),
    );
    const result: Partial<Meetlat> = {};
    for (const field of ['zelf', 'regieKwijt', 'netwerk'] as const) {
      const answer = strongest(found.filter((match) => match.meaning.startsWith(`${field}.`)));
      if (answer !== null) result[field] = answer.slice(field.length + 1) as MeetlatAntwoord;
    }
    return result;
  }

  private tokens(text: string): ReplyToken[] {
    return replyTokens(text, this.spreektaal);
  }

  private whole<M extends string>(
    text: string,
    finder: PhraseFinder<M>,
    filler: PhraseFinder<'vul'>,
  ): M | undefined {
    return this.wholeTokens(this.tokens(text), finder, filler);
  }

  private wholeTokens<M extends string>(
    tokens: readonly ReplyToken[],
    finder: PhraseFinder<M>,
    filler: PhraseFinder<'vul'>,
  ): M | undefined {
    return wholeReplyMeaning(tokens.length, finder.find(tokens), filler.find(tokens));
  }
}

function singleWords(list: readonly MeaningPhrase<string>[]): Set<string> {
  return new Set(
    list.flatMap(({ phrase }) =>
      phrase.parts.length === 1 && phrase.parts[0]!.kind === 'word' ? [phrase.parts[0]!.text] : [],
    ),
  );
}

/** Units written against a number ("15uur", "10am"): the one-word units of the clock words. */
function gluedUnits(v: CompiledVocabulary): Map<string, ClockMark> {
  const units = new Map<string, ClockMark>();
  for (const { meaning, phrase } of v.clockMarks) {
    const [part] = phrase.parts;
    const isUnit = meaning === 'uur' || meaning === 'am' || meaning === 'pm';
    if (isUnit && phrase.parts.length === 1 && part?.kind === 'word') units.set(foldCase(part.text), meaning);
  }
  return units;
}

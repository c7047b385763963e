import type { Contactmoment, MeetlatAntwoord } from '../intake/intakeCase.js';
import type { MomentId } from '../kaart/schema.js';
import type { ClockMark } from './clockTimes.js';
import { tokenize } from '../analyser/tokenize.js';
import { compilePhrase } from './phrase.js';
import type { MeaningPhrase } from './phraseFinder.js';
import type { AnswerVocabulary, TaalAntwoorden } from './vocabulary.js';

export type MeetlatField = 'zelf' | 'regieKwijt' | 'netwerk';
export type MeetlatReading = `${MeetlatField}.${MeetlatAntwoord}`;
type Phrases<M extends string> = MeaningPhrase<M>[];

/** The vocabulary of every language, each phrase read once: what the readers search with. */
export interface CompiledVocabulary {
  filler: Phrases<'vul'>;
  conjunctions: Phrases<'voegwoord'>;
  adverbs: Phrases<'bijwoord'>;
  yesNo: Phrases<MeetlatAntwoord>;
  /** The words of each word class: {relatie}, {zorgvorm}. */
  classes: Map<string, Set<string>>;
  voorWie: Phrases<'zelf' | 'naaste'>;
  voorWieFiller: Phrases<'vul'>;
  voorWieInText: Phrases<'zelf' | 'naaste' | 'ik' | 'nietOverWie'>;
  moment: Phrases<MomentId>;
  contactmoment: Phrases<Contactmoment>;
  contactmomentFiller: Phrases<'vul'>;
  clockMarks: Phrases<ClockMark>;
  persoonReply: Phrases<'persoon'>;
  persoonInText: Phrases<'persoon'>;
  persoonFiller: Phrases<'vul'>;
  overdrachtInText: Phrases<'overdracht'>;
  vraagTerug: Phrases<'vraag'>;
  aanbiederFiller: Phrases<'vul'>;
  /** Meaning: the place in the list, from 0. */
  aanbiederPlaces: Phrases<string>;
  meetlat: Phrases<MeetlatReading>;
}

export interface PhraseProblem {
  message: string;
  path: (string | number)[];
}

/**
 * Reads every phrase of the vocabulary. Problems (a phrase without words, an unknown
 * {klasse}, a relation of two words) are returned with the path where they stand.
 */
export function compileVocabulary(
  vocabulary: AnswerVocabulary,
  spreektaal: ReadonlyMap<string, readonly string[]>,
): { compiled: CompiledVocabulary; problems: PhraseProblem[] } {
  const problems: PhraseProblem[] = [];
  const languages = Object.entries(vocabulary) as [string, TaalAntwoorden][];
  const read = <M extends string>(
    meaning: M,
    pick: (taal: TaalAntwoorden) => readonly string[] | undefined,
    path: (string | number)[],
  ): Phrases<M> =>
    languages.flatMap(([language, taal]) =>
      (pick(taal) ?? []).flatMap((source, index) => {
        try {
          return [{ meaning, phrase: compilePhrase(source, spreektaal) }];
        } catch (error) {
          problems.push({ message: (error as Error).message, path: [language, ...path, index] });
          return [];
        }
      }),
    );

  const classes = new Map<string, Set<string>>();
  const readClass = (name: string, pick: (taal: TaalAntwoorden) => readonly string[], path: string[]) => {
    const members = new Set<string>();
    for (const [language, taal] of languages) {
      pick(taal).forEach((source, index) => {
        const words = tokenizeWords(source, spreektaal);
        if (words.length === 1) members.add(words[0]!);
        else
          problems.push({
            message: `"${source}": een woord in {${name}} is één woord`,
            path: [language, ...path, index],
          });
      });
    }
    classes.set(name, members);
  };
  readClass('relatie', (taal) => taal.voorWie.relaties, ['voorWie', 'relaties']);
  readClass('zorgvorm', (taal) => taal.moment.zorgvormen, ['moment', 'zorgvormen']);
  const multiWord = <M extends string>(list: Phrases<M>) => list.filter(({ phrase }) => phrase.words > 1);
  const compiled: CompiledVocabulary = {
    filler: read('vul', (taal) => taal.vulwoorden, ['vulwoorden']),
    conjunctions: read('voegwoord', (taal) => taal.voegwoorden, ['voegwoorden']),
    adverbs: read('bijwoord', (taal) => taal.bijwoorden, ['bijwoorden']),
    yesNo: [
      ...read('ja', (taal) => taal.ja, ['ja']),
      ...read('deels', (taal) => taal.deels, ['deels']),
      ...read('nee', (taal) => taal.nee, ['nee']),
      ...read('weet-niet', (taal) => taal.weetNiet, ['weetNiet']),
    ],
    classes,
    voorWie: [
      ...read('zelf', (taal) => taal.voorWie.zelf, ['voorWie', 'zelf']),
      ...read('naaste', (taal) => taal.voorWie.naaste, ['voorWie', 'naaste']),
    ],
    voorWieFiller: read('vul', (taal) => taal.voorWie.vulwoorden, ['voorWie', 'vulwoorden']),
    voorWieInText: [
      ...read('naaste', (taal) => taal.voorWie.naasteInZin, ['voorWie', 'naasteInZin']),
      // In a sentence only "voor mezelf", not "ik": every resident writes "ik".
      ...multiWord(read('zelf', (taal) => taal.voorWie.zelf, ['voorWie', 'zelf'])),
      ...read('ik', (taal) => taal.voorWie.zelfInZin, ['voorWie', 'zelfInZin']),
      ...read('nietOverWie', (taal) => taal.voorWie.nietOverWie, ['voorWie', 'nietOverWie']),
    ],
    moment: [
      ...read('reflectie', (taal) => taal.moment.reflectie, ['moment', 'reflectie']),
      ...read('toegang', (taal) => taal.moment.toegang, ['moment', 'toegang']),
      ...read('tijdens-zorg', (taal) => taal.moment['tijdens-zorg'], ['moment', 'tijdens-zorg']),
    ],
    contactmoment: [
      ...read('ochtend', (taal) => taal.contactmoment.ochtend, ['contactmoment', 'ochtend']),
      ...read('middag', (taal) => taal.contactmoment.middag, ['contactmoment', 'middag']),
      ...read('maakt-niet-uit', (taal) => taal.contactmoment['maakt-niet-uit'], [
        'contactmoment',
        'maakt-niet-uit',
      ]),
    ],
    contactmomentFiller: read('vul', (taal) => taal.contactmoment.vulwoorden, [
      'contactmoment',
      'vulwoorden',
    ]),
    clockMarks: (['om', 'voor', 'na', 'tussen', 'en', 'uur', 'am', 'pm'] as const).flatMap((mark) =>
      read(mark, (taal) => taal.contactmoment.tijd[mark], ['contactmoment', 'tijd', mark]),
    ),
    persoonReply: read('persoon', (taal) => taal.persoon.antwoord, ['persoon', 'antwoord']),
    persoonInText: read('persoon', (taal) => taal.persoon.inZin, ['persoon', 'inZin']),
    persoonFiller: read('vul', (taal) => taal.persoon.vulwoorden, ['persoon', 'vulwoorden']),
    overdrachtInText: read('overdracht', (taal) => taal.overdracht.inZin, ['overdracht', 'inZin']),
    vraagTerug: read('vraag', (taal) => taal.vraagTerug, ['vraagTerug']),
    aanbiederFiller: read('vul', (taal) => taal.aanbieder.vulwoorden, ['aanbieder', 'vulwoorden']),
    aanbiederPlaces: Array.from(
      { length: Math.max(...languages.map(([, taal]) => taal.aanbieder.volgorde.length)) },
      (_, place) =>
        read(String(place), (taal) => taal.aanbieder.volgorde[place], ['aanbieder', 'volgorde', place]),
    ).flat(),
    meetlat: (['zelf', 'regieKwijt', 'netwerk'] as const).flatMap((field) =>
      (['ja', 'deels', 'nee'] as const).flatMap((antwoord) =>
        read(`${field}.${antwoord}` as const, (taal) => taal.meetlat[field][antwoord], [
          'meetlat',
          field,
          antwoord,
        ]),
      ),
    ),
  };
  return { compiled, problems: dedupe(problems) };
}

function tokenizeWords(source: string, spreektaal: ReadonlyMap<string, readonly string[]>): string[] {
  return tokenize(source, spreektaal).map((token) => token.text);
}

/** A list read twice (voorWie.zelf is read for replies and for sentences) reports a problem once. */
function dedupe(problems: PhraseProblem[]): PhraseProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path.join('/')} ${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

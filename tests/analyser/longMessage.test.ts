import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { combineConceptPairs } from '../../bot/analyser/conceptPairs.js';
import type { CompiledPattern } from '../../bot/analyser/lexicon.js';
import type { Occurrence } from '../../bot/analyser/patternMatcher.js';
import { preferLongerReadings } from '../../bot/analyser/topicEvidence.js';
import { MAX_TOPIC_CHARS, topicText } from '../../bot/analyser/topicText.js';
import { sampleAnalyser } from '../support/sampleKaart.js';

const analyser = sampleAnalyser();
const KB = 1000;

/** `sentence` repeated to about `size` characters. */
function repeated(sentence: string, size: number): string {
  return `${sentence} `.repeat(Math.ceil(size / (sentence.length + 1)));
}

const about = (text: string) => {
  const { language, levensgebieden, doelgroepen } = analyser.analyse(text);
  return { language, levensgebieden, doelgroepen };
};

describe('a long message: topics from its start', () => {
  const housing = repeated('Mijn woning is vochtig en de verhuurder doet niets.', MAX_TOPIC_CHARS);
  const long = housing + repeated('Ik heb schulden en kan mijn rekeningen niet betalen.', 400 * KB);

  it('reads the topics of a 400 kB paste from its first few kB, as the capped text itself', () => {
    expect(long.length).toBeGreaterThan(400 * KB);
    expect(about(long)).toEqual(about(topicText(long)));
    expect(about(long).levensgebieden.map((match) => match.id)).toEqual(['wonen']);
  });

  it('caps the text for topics before the word that crosses the limit', () => {
    const text = `${'a '.repeat(MAX_TOPIC_CHARS / 2 - 3)}een schuldhulpverlening ${'b'.repeat(100)}`;
    const start = topicText(text);
    expect(start.length).toBeLessThanOrEqual(MAX_TOPIC_CHARS);
    expect(text.startsWith(start)).toBe(true);
    expect(start.endsWith(' ')).toBe(true);
    expect(text.slice(start.length)).toMatch(/^schuldhulpverlening /);
  });

  it('leaves a message within the limit whole, and never splits an emoji in two', () => {
    const short = 'Ik zoek werk. '.repeat(100);
    expect(topicText(short)).toBe(short);
    const emoji = '🙂'.repeat(MAX_TOPIC_CHARS);
    const start = topicText(emoji);
    expect(start.length).toBeLessThanOrEqual(MAX_TOPIC_CHARS);
    expect(start).toBe('🙂'.repeat(start.length / 2));
  });
});

describe('a long message: crisis signals from all of it', () => {
  const prose = repeated(
    'Ik heb een vraag over mijn rekeningen en mijn moeder van 88 met dementie.',
    400 * KB,
  );
  const oneSentence = repeated('ik heb een vraag over de rekeningen van de gemeente,', 400 * KB);

  it.each([
    ['400 kB of sentences', prose],
    ['one sentence of 400 kB', oneSentence],
  ])('finds a crisis told at the very end of %s', (_name, text) => {
    expect(text.length).toBeGreaterThan(400 * KB);
    expect(analyser.analyse(`${text} Ik wil niet meer leven.`).crisis).toEqual(
      analyser.analyse('Ik wil niet meer leven.').crisis,
    );
    expect(analyser.analyse(`${text} ik wil mezelf iets aandoen`).crisis?.type).toBe('suicide');
  });

  it('still reads a negation or an idiom at the end of a long message as no crisis', () => {
    expect(analyser.analyse(prose).crisis).toBeNull();
    expect(analyser.analyse(`${prose} Ik heb geen zelfmoordgedachten.`).crisis).toBeNull();
    expect(analyser.analyse(`${prose} Ik schrok me dood.`).crisis).toBeNull();
  });
});

describe('a long message: work that grows with its length, not with its square', () => {
  let looks = 0;
  /** The occurrence, counting each time the code under test looks at it. */
  const watched = (occurrence: Occurrence): Occurrence => ({
    get pattern() {
      looks++;
      return occurrence.pattern;
    },
    get positions() {
      looks++;
      return occurrence.positions;
    },
    get quality() {
      looks++;
      return occurrence.quality;
    },
  });
  const pattern = (targetId: string, words: string[], extra: Partial<CompiledPattern> = {}) => ({
    category: 'doelgroep' as const,
    targetId,
    language: 'nl' as const,
    source: words.join(' '),
    words: words.map((text) => ({ text, exact: false })),
    weight: 1,
    strict: false,
    negated: false,
    ...extra,
  });
  const N = 2000;

  it('compares a reading only with the longer readings over its own words', () => {
    const words = [pattern('a', ['x']), pattern('b', ['y'])];
    const phrase = pattern('c', ['x', 'y']);
    const occurrences: Occurrence[] = [];
    for (let position = 0; position < N; position++) {
      occurrences.push({ pattern: words[position % 2]!, positions: [position], quality: 1 });
      if (position % 10 === 0)
        occurrences.push({ pattern: phrase, positions: [position, position + 1], quality: 1 });
    }
    looks = 0;
    const kept = preferLongerReadings(occurrences.map(watched));
    // The phrase claims its two words from the other doelgroepen: 2 of every 10 single words go.
    expect(kept).toHaveLength(occurrences.length - (2 * N) / 10);
    expect(looks).toBeLessThan(50 * occurrences.length);
  });

  it('looks for the other half of a concept pair only near each part', () => {
    const concept = { pattern: pattern('suicide', [], { category: 'crisis' }), slots: 2 };
    const parts: Occurrence[] = Array.from({ length: N }, (_, position) => ({
      pattern: pattern('suicide', [`part${position % 2}`], {
        category: 'part',
        partOf: { concept: 0, slot: position % 2 },
      }),
      positions: [position],
      quality: 1,
    }));
    const tokens = parts.map((_, position) => ({ text: `part${position % 2}`, sentence: 0 }));
    looks = 0;
    const pairs = combineConceptPairs(parts.map(watched), [concept], tokens);
    expect(pairs).toHaveLength(N);
    expect(pairs[5]?.positions).toEqual([4, 5]);
    expect(looks).toBeLessThan(50 * N);
  });
});

describe('a long message: nothing of it kept after the turn', () => {
  it('does not keep pasted messages in memory through the cache of words', () => {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') throw new Error('no gc() to measure memory with');
    const ownAnalyser = sampleAnalyser();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let message = 0; message < 30; message++) {
      // A word of 13 letters or more is a view on the whole message in V8, unless copied.
      const word = `zorgverzekeraar${message}`;
      ownAnalyser.analyse(`${word} ${'xy'.repeat(500 * KB)} ${word}`);
    }
    gc();
    const keptMb = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(keptMb).toBeLessThan(10);
  });
});

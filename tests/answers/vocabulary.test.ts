import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spreektaalMap } from '../../bot/analyser/tokenize.js';
import { loadTaal } from '../../bot/analyser/taal.js';
import { compileVocabulary } from '../../bot/answers/compiledVocabulary.js';
import { AnswerVocabularyError, parseAnswerVocabulary } from '../../bot/answers/vocabulary.js';
import { ANTWOORDEN_FILE, TAAL_FILE } from '../../bot/paths.js';

const shipped = readFileSync(ANTWOORDEN_FILE, 'utf8');
const spreektaal = spreektaalMap(loadTaal(TAAL_FILE).spreektaal);
const checkPhrases = (vocabulary: Parameters<typeof compileVocabulary>[0]) =>
  compileVocabulary(vocabulary, spreektaal).problems;

/** The shipped file with one line changed; `lineOf` finds the line by its text. */
function edited(find: string, replace: string): string {
  expect(shipped).toContain(find);
  return shipped.replace(find, replace);
}

function lineOf(text: string, find: string): number {
  return text.slice(0, text.indexOf(find)).split('\n').length;
}

function problemsOf(text: string): AnswerVocabularyError['problems'] {
  try {
    parseAnswerVocabulary(text, 'antwoorden.yaml', checkPhrases);
  } catch (error) {
    if (error instanceof AnswerVocabularyError) return error.problems;
    throw error;
  }
  return [];
}

describe('knowledge/antwoorden.yaml', () => {
  it('the shipped file loads without problems', () => {
    expect(problemsOf(shipped)).toEqual([]);
  });

  it('a YAML syntax error gives its line and column', () => {
    const text = edited('  ja: [ja, jaa,', '  ja: [ja, "jaa,');
    const [problem] = problemsOf(text);
    expect(problem?.message).toMatch(/opmaak/);
    expect(problem?.line).toBeGreaterThanOrEqual(lineOf(text, '  ja: [ja, "jaa,'));
  });

  it('an unknown section is named, at its key', () => {
    const text = edited('  deels: [soms,', '  deelss: [soms,');
    const problems = problemsOf(text);
    const unknown = problems.find((problem) => problem.message.includes('deelss'));
    expect(unknown).toMatchObject({ line: lineOf(text, '  deelss:'), column: 3 });
  });

  it('a value that is no text (true) points at that value', () => {
    const text = edited('  nee: [nee, neen,', '  nee: [true, neen,');
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ line: lineOf(text, '  nee: [true'), column: 9, path: ['nl', 'nee', 0] }),
    ]);
  });

  it('an unknown word class in a phrase is reported where it stands', () => {
    const text = edited('"mijn {relatie} doet"', '"mijn {familie} doet"');
    const [problem] = problemsOf(text);
    expect(problem?.message).toMatch(/onbekende woordsoort \{familie\}/);
    expect(problem?.line).toBe(lineOf(text, '{familie}'));
  });

  it('a phrase that starts with ... or has no words is refused', () => {
    const text = edited('  vraagTerug: [wat is ...,', '  vraagTerug: [... wat is, "?!",');
    const messages = problemsOf(text).map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringMatching(/niet met \.\.\. beginnen/),
      expect.stringMatching(/geen woorden/),
    ]);
  });

  it('a relation of two words is refused', () => {
    const text = edited('    relaties: [moeder,', '    relaties: [schoon moeder,');
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/één woord/),
        line: lineOf(text, 'schoon moeder'),
      }),
    ]);
  });

  it('the error message names file, line and column (a list by its key)', () => {
    const text = edited('      tussen: [tussen]', '      tussen: []');
    expect(() => parseAnswerVocabulary(text, 'antwoorden.yaml', checkPhrases)).toThrow(
      new RegExp(`^antwoorden\\.yaml:${lineOf(text, '      tussen: []')}:7: deze lijst is leeg$`),
    );
  });
});

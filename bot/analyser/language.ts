import type { Language } from './lexicon.js';
import type { Occurrence } from './patternMatcher.js';
import type { Token } from './tokenize.js';

/**
 * Dutch or English, by which language's function words and kaart words the message uses.
 * Dutch wins a tie: it is the loket's language.
 */
export function detectLanguage(
  tokens: readonly Token[],
  stopwords: Readonly<Record<Language, ReadonlySet<string>>>,
  occurrences: readonly Occurrence[],
): Language {
  let english = 0;
  let dutch = 0;
  for (const token of tokens) {
    if (stopwords.en.has(token.text)) english++;
    if (stopwords.nl.has(token.text)) dutch++;
  }
  for (const occurrence of occurrences) {
    if (occurrence.pattern.category === 'uitzondering') continue;
    if (occurrence.pattern.language === 'en') english++;
    else dutch++;
  }
  return english > dutch ? 'en' : 'nl';
}

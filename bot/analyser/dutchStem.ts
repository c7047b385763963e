const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isConsonant = (letter: string | undefined) =>
  letter !== undefined && /[a-z]/.test(letter) && !VOWELS.has(letter);

/**
 * The stems residents write for a Dutch word ending in -en: "bewegen" → "beweeg",
 * "slapen" → "slaap", "buren" → "buur", "verhuizen" → "verhuis", "bellen" → "bel",
 * "schulden" → "schuld". Where stress decides the spelling ("spijbelen" → "spijbel", but
 * "bewegen" → "beweeg") both forms are given for -el. Empty for words without such a stem,
 * and for -eren words, mostly plurals ("ouderen") whose shortened form is another word.
 */
export function dutchStems(word: string): string[] {
  // -eren is mostly a plural ("ouderen", "kinderen"), whose "stem" is another word ("ouder").
  if (!word.endsWith('en') || word.endsWith('eren') || word.length < 5 || !/^[a-z]+$/.test(word)) return [];
  let stem = word.slice(0, -2);
  const last = stem.at(-1);
  const beforeLast = stem.at(-2);
  if (!isConsonant(last)) return [];
  if (last === beforeLast) return [stem.slice(0, -1)].filter((s) => s.length >= 3);

  const stems = [stem];
  const vowel = beforeLast;
  const open = vowel !== undefined && VOWELS.has(vowel) && vowel !== 'i' && isConsonant(stem.at(-3));
  if (open) {
    const doubled = stem.slice(0, -1) + vowel + last;
    // An unstressed -er/-el keeps one e ("pieker", "spijbel"); a stressed one doubles ("studeer").
    if (vowel === 'e' && (last === 'r' || last === 'l')) stems.push(doubled);
    else stems[0] = doubled;
  }
  stem = stems[0]!;
  const voiceless = stem.replace(/v$/, 'f').replace(/z$/, 's');
  if (voiceless !== stem) stems[0] = voiceless;
  return [...new Set(stems)].filter((s) => s.length >= 3 && s !== word);
}

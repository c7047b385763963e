import fc from 'fast-check';

/**
 * A text as a case describes it: short ones as they are, long ones as a repetition, so that a
 * counterexample in a report is a line, not 400 kB.
 */
export type TextSpec = string | { repeat: string; times: number };

/** The text a spec stands for. */
export function textOf(spec: TextSpec): string {
  return typeof spec === 'string' ? spec : spec.repeat.repeat(spec.times);
}

// Words the bot reacts to, scripts and code points that trip up text handling: right-to-left,
// zero-width, combining marks, a lone surrogate (JSON.stringify writes it as \ud800), NUL.
const ODD_TEXTS = [
  '',
  ' ',
  'vergeet mij',
  'medewerker',
  'stop',
  'opnieuw',
  'English',
  'ja',
  'Ik heb schulden en red het niet meer',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'مرحبا، أحتاج مساعدة',
  'e\u0301\u0301\u0301\u0301',
  '\u200b\u200d\ufeff',
  '\ud800',
  '\u0000',
  '%E0%A4%A',
  '{{telefoon}} {aanbieder}',
  '**vet** [link](javascript:alert(1)) <script>alert(1)</script>',
  '../../../etc/passwd',
  'webchat/conversations/x/',
];

/** Texts of every kind; `long` adds rare repetitions of up to `maxLength` characters. */
export function textSpec(long: { maxLength: number } | undefined = undefined): fc.Arbitrary<TextSpec> {
  const short: fc.Arbitrary<TextSpec>[] = [
    fc.constantFrom(...ODD_TEXTS),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  ];
  if (!long) return fc.oneof(...short);
  const repeated = fc
    .record({ repeat: fc.constantFrom('a', 'woord ', 'schulden ', 'é', '🙂', '\ud83d'), times: fc.nat() })
    .map(({ repeat, times }) => ({
      repeat,
      times: 1 + (times % Math.floor(long.maxLength / repeat.length)),
    }));
  return fc.oneof(...short.map((arbitrary) => ({ arbitrary, weight: 10 })), {
    arbitrary: repeated,
    weight: 1,
  });
}

import fc from 'fast-check';

/**
 * One edit of a kaart file, as a coordinator's slip, an editor's accident or an attack makes
 * it. Line numbers are taken modulo the file's lines, so any number names a line.
 */
export type KaartEdit =
  | { deleteLine: number }
  | { duplicateLine: number }
  | { swapLines: [number, number] }
  | { indent: { line: number; by: number } }
  | { tab: { line: number; column: number } }
  | { bytes: { line: number; column: number; bytes: number[] } }
  | { truncate: number }
  | { aliasBomb: { levels: number; width: number } }
  | { longValue: { line: number; length: number } }
  | { unknownKey: { line: number; key: string } }
  | { value: { line: number; to: string } };

const NL = 0x0a;

function linesOf(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let at = bytes.indexOf(NL); at >= 0; at = bytes.indexOf(NL, start)) {
    lines.push(bytes.subarray(start, at));
    start = at + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

const indentOf = (line: Buffer) => /^[ \t-]*/.exec(line.toString('latin1'))?.[0].replace(/-/g, ' ') ?? '';

/** A line with its value (after the first ": ") replaced, or the whole line when it has none. */
function withValue(line: Buffer, value: string): Buffer {
  const text = line.toString('utf8');
  const colon = text.indexOf(': ');
  return Buffer.from(colon < 0 ? `${indentOf(line)}${value}` : `${text.slice(0, colon + 2)}${value}`);
}

/** The lines after one edit. */
function edited(lines: Buffer[], edit: KaartEdit): Buffer[] {
  const at = (line: number) => line % lines.length;
  const next = [...lines];
  if ('deleteLine' in edit) next.splice(at(edit.deleteLine), 1);
  else if ('duplicateLine' in edit) next.splice(at(edit.duplicateLine), 0, lines[at(edit.duplicateLine)]!);
  else if ('swapLines' in edit) {
    const [a, b] = edit.swapLines.map(at) as [number, number];
    [next[a], next[b]] = [lines[b]!, lines[a]!];
  } else if ('indent' in edit) {
    const line = lines[at(edit.indent.line)]!;
    const by = edit.indent.by;
    next[at(edit.indent.line)] =
      by >= 0
        ? Buffer.concat([Buffer.from(' '.repeat(by)), line])
        : line.subarray(Math.min(-by, indentOf(line).length));
  } else if ('tab' in edit || 'bytes' in edit) {
    const { line, column } = 'tab' in edit ? edit.tab : edit.bytes;
    const inserted = Buffer.from('tab' in edit ? [0x09] : edit.bytes.bytes);
    const target = lines[at(line)]!;
    const split = column % (target.length + 1);
    next[at(line)] = Buffer.concat([target.subarray(0, split), inserted, target.subarray(split)]);
  } else if ('longValue' in edit) {
    next[at(edit.longValue.line)] = withValue(
      lines[at(edit.longValue.line)]!,
      `"${'x'.repeat(edit.longValue.length)}"`,
    );
  } else if ('unknownKey' in edit) {
    const line = lines[at(edit.unknownKey.line)]!;
    next.splice(at(edit.unknownKey.line), 0, Buffer.from(`${indentOf(line)}${edit.unknownKey.key}: 1`));
  } else if ('value' in edit) {
    next[at(edit.value.line)] = withValue(lines[at(edit.value.line)]!, edit.value.to);
  } else if ('aliasBomb' in edit) {
    // Each level a list of `width` aliases to the one before: width^levels items once expanded.
    const { levels, width } = edit.aliasBomb;
    next.push(Buffer.from(`bom0: &bom0 [${Array(width).fill('lol').join(', ')}]`));
    for (let level = 1; level < levels; level++) {
      next.push(
        Buffer.from(
          `bom${level}: &bom${level} [${Array(width)
            .fill(`*bom${level - 1}`)
            .join(', ')}]`,
        ),
      );
    }
  }
  return next;
}

/** The file's bytes after the edits, in order. */
export function applyEdits(source: Buffer, edits: KaartEdit[]): Buffer {
  let bytes = source;
  for (const edit of edits) {
    if ('truncate' in edit) bytes = bytes.subarray(0, edit.truncate % (bytes.length + 1));
    else
      bytes = Buffer.concat(
        edited(linesOf(bytes), edit).flatMap((line, index) =>
          index === 0 ? [line] : [Buffer.from([NL]), line],
        ),
      );
  }
  return bytes;
}

// Values of the wrong type or of YAML's odder corners: tags, anchors, merge keys, block scalars.
const ODD_VALUES = [
  '[1, 2]',
  '{a: 1}',
  '123',
  'true',
  'null',
  '~',
  '""',
  '- x',
  '!!binary aGVsbG8=',
  '!!js/function "x"',
  '!!str',
  '&anker',
  '*nergens',
  '<<: *nergens',
  '? sleutel',
  '|',
  '>',
  '"niet afgesloten',
  "'",
  '@',
  '`',
  '%YAML 1.1',
  '---',
  '...',
  '\t',
  '2026-13-45',
  '0x1F',
  '.nan',
  '-.inf',
];

// Invalid UTF-8 (lone continuation bytes, an overlong slash, a surrogate), NUL, a BOM, CR, DEL.
const ODD_BYTES = [
  [0x80],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff, 0xfe],
  [0x00],
  [0xef, 0xbb, 0xbf],
  [0x0d],
  [0x7f],
  [0xe2, 0x80, 0xa8],
];

/** One edit of any kind. */
export function kaartEdit(): fc.Arbitrary<KaartEdit> {
  const line = fc.nat();
  return fc.oneof(
    line.map((deleteLine) => ({ deleteLine })),
    line.map((duplicateLine) => ({ duplicateLine })),
    fc.tuple(line, line).map((swapLines) => ({ swapLines })),
    fc.record({ line, by: fc.integer({ min: -8, max: 8 }) }).map((indent) => ({ indent })),
    fc.record({ line, column: fc.nat() }).map((tab) => ({ tab })),
    fc
      .record({
        line,
        column: fc.nat(),
        bytes: fc.oneof(
          fc.constantFrom(...ODD_BYTES),
          fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
        ),
      })
      .map((bytes) => ({ bytes })),
    fc.nat().map((truncate) => ({ truncate })),
    fc
      .record({ levels: fc.integer({ min: 2, max: 9 }), width: fc.integer({ min: 2, max: 9 }) })
      .map((aliasBomb) => ({ aliasBomb })),
    fc.record({ line, length: fc.integer({ min: 1_000, max: 200_000 }) }).map((longValue) => ({ longValue })),
    fc
      .record({
        line,
        key: fc.oneof(
          fc.constantFrom('onbekend', 'id', 'naam', '__proto__', 'constructor', 'versie'),
          fc.string({ minLength: 1, maxLength: 10 }),
        ),
      })
      .map((unknownKey) => ({ unknownKey })),
    fc
      .record({ line, to: fc.oneof(fc.constantFrom(...ODD_VALUES), fc.string({ maxLength: 12 })) })
      .map((value) => ({ value })),
  );
}

/** One to four edits. */
export function kaartEdits(): fc.Arbitrary<KaartEdit[]> {
  return fc.array(kaartEdit(), { minLength: 1, maxLength: 4 });
}

import { isCollection, isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export type KaartPath = readonly (string | number | symbol)[];

/**
 * Finds where a field of the kaart stands in its YAML source. For a path that goes beyond
 * what the file has (a missing field), it answers with the nearest enclosing node.
 * A field whose value is a list or block is pointed at by its key ("dekking:"), as is any
 * field with `atKey`.
 */
export class KaartSourceMap {
  constructor(
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  locate(path: KaartPath, options: { atKey?: boolean } = {}): { line: number; column: number } {
    let node: unknown = this.document.contents;
    let offset = offsetOf(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        const pointAtKey = options.atKey || isCollection(pair?.value);
        if (pair && pointAtKey && index === path.length - 1) next = pair.key;
        else next = pair?.value ?? (pair ? pair.key : undefined);
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      const nextOffset = offsetOf(next);
      if (nextOffset === undefined) break;
      node = next;
      offset = nextOffset;
    }
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

function offsetOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type LineCounter,
} from 'yaml';
import type { KaartProblem } from './problem.js';

/**
 * How many values aliases (`*naam`) may add to the kaart in all. Sharing opening hours or a
 * word list a few dozen times stays far below it; a "billion laughs" of nested aliases, a few
 * hundred bytes that expand to millions of values, goes over it within its first lines.
 */
export const MAX_ALIAS_VALUES = 20_000;

/**
 * Checks the kaart's anchors and aliases before they are expanded: each alias must name an
 * anchor above it, must not stand inside that anchor's own block, and all aliases together
 * must stay under MAX_ALIAS_VALUES. Answers the first problem, at the alias that causes it.
 */
export function aliasProblem(document: Document, lineCounter: LineCounter): KaartProblem | undefined {
  const anchors = new Map<string, unknown>();
  const targets = new Map<Alias, unknown>();
  const sizes = new Map<unknown, number>();
  let added = 0;
  let found: { alias: Alias; message: string } | undefined;

  /** The number of values `node` stands for once its aliases are expanded; Infinity for a loop. */
  const sizeOf = (node: unknown): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // while counting: meeting it again means it contains itself
    let size = 1;
    if (isAlias(node)) size = targets.has(node) ? sizeOf(targets.get(node)) : 1;
    else if (isMap(node)) for (const pair of node.items) size += sizeOf(pair.key) + sizeOf(pair.value);
    else if (isSeq(node)) for (const item of node.items) size += sizeOf(item);
    else if (isPair(node)) size = sizeOf(node.key) + sizeOf(node.value);
    else if (!isScalar(node)) size = 0;
    sizes.set(node, size);
    return size;
  };

  // The same order as the yaml library's own: an alias means the last anchor of its name above it.
  visit(document, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target === undefined) {
          found = {
            alias: node,
            message: `de alias *${short(node.source)} verwijst naar een anker dat er (nog) niet is: zet &${short(node.source)} erboven`,
          };
          return visit.BREAK;
        }
        targets.set(node, target);
        const size = sizeOf(target);
        if (size === Infinity) {
          found = {
            alias: node,
            message: `de alias *${short(node.source)} staat in het blok van zijn eigen anker`,
          };
          return visit.BREAK;
        }
        added += size;
        if (added > MAX_ALIAS_VALUES) {
          found = {
            alias: node,
            message: `te veel herhaling via aliassen (*${short(node.source)}): met ankers en aliassen mag een kaart hoogstens ${MAX_ALIAS_VALUES} waarden herhalen`,
          };
          return visit.BREAK;
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
      return undefined;
    },
  });
  if (!found) return undefined;
  const { line, col } = lineCounter.linePos(found.alias.range?.[0] ?? 0);
  return { severity: 'error', message: found.message, line, column: col, path: [] };
}

function short(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

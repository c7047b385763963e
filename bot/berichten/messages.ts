import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LIST_KEYS, type ListKey, TEXT_KEYS, type TextKey } from './messageKeys.js';

export const TALEN = ['nl', 'en'] as const;
/** The language of a conversation with a resident. */
export type Taal = (typeof TALEN)[number];

export type Placeholders = Record<string, string | number>;

interface Catalogue {
  texts: Map<string, string>;
  lists: Map<string, string[]>;
}

/** The bot's words for residents, per language, from knowledge/berichten/<taal>.yaml. */
export class Messages {
  private constructor(private readonly catalogues: Record<Taal, Catalogue>) {}

  /** Reads and checks every language file; throws naming the file and key of each problem. */
  static load(dir: string): Messages {
    const problems: string[] = [];
    const load = (taal: Taal) => readCatalogue(join(dir, `${taal}.yaml`), problems);
    const catalogues = { nl: load('nl'), en: load('en') };
    checkPlaceholders(catalogues, problems);
    if (problems.length > 0) throw new Error(`Messages.load(): ${problems.join('\n')}`);
    return new Messages(catalogues);
  }

  /** The text for `key` with its {placeholders} filled in. */
  text(taal: Taal, key: TextKey, values: Placeholders = {}): string {
    const template = this.catalogues[taal].texts.get(key) ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  }

  /** A list of words residents may type, in one language. */
  list(taal: Taal, key: ListKey): readonly string[] {
    return this.catalogues[taal].lists.get(key) ?? [];
  }

  /** The same list in every language: commands work whatever language the conversation is in. */
  listInAnyLanguage(key: ListKey): string[] {
    return TALEN.flatMap((taal) => this.list(taal, key));
  }
}

function readCatalogue(file: string, problems: string[]): Catalogue {
  const texts = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') texts.set(path, node.trim());
    else if (Array.isArray(node) && node.every((item) => typeof item === 'string')) lists.set(path, node);
    else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [name, child] of Object.entries(node)) walk(child, path ? `${path}.${name}` : name);
    } else problems.push(`${file}: ${path} must be a text or a list of texts`);
  };
  walk(parse(readFileSync(file, 'utf8')), '');
  const known = new Set<string>([...TEXT_KEYS, ...LIST_KEYS]);
  for (const key of TEXT_KEYS) if (!texts.has(key)) problems.push(`${file}: missing text ${key}`);
  for (const key of LIST_KEYS) if (!lists.has(key)) problems.push(`${file}: missing list ${key}`);
  for (const key of [...texts.keys(), ...lists.keys()]) {
    if (!known.has(key)) problems.push(`${file}: unknown key ${key}`);
  }
  return { texts, lists };
}

/** Each translation must use the same {placeholders}, or a filled-in value would go missing. */
function checkPlaceholders(catalogues: Record<Taal, Catalogue>, problems: string[]): void {
  const names = (text: string | undefined) =>
    [...(text ?? '').matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  for (const key of TEXT_KEYS) {
    const nl = names(catalogues.nl.texts.get(key));
    const en = names(catalogues.en.texts.get(key));
    if (nl !== en) problems.push(`${key}: nl uses {${nl}} but en uses {${en}}`);
  }
}

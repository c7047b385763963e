import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { MAX_ALIAS_VALUES, aliasProblem } from './aliasCheck.js';
import { kaartText } from './kaartText.js';
import { socialeKaartSchema, type SocialeKaart } from './schema.js';
import { schemaMessage } from './schemaMessages.js';
import { KaartSourceMap } from './sourceMap.js';
import { checkReferences } from './referenceChecks.js';
import type { KaartProblem } from './problem.js';

export interface KaartParseResult {
  /** The kaart, or null when it has errors (warnings alone still give a kaart). */
  kaart: SocialeKaart | null;
  problems: KaartProblem[];
}

/**
 * Reads a kaart from YAML (a file's bytes, or text): size and encoding, syntax, aliases, then
 * structure (schema), then references between its parts. Every problem carries the line and
 * column where it stands. Never throws: a kaart is edited by hand while the server runs.
 */
export function parseKaart(source: string | Uint8Array, options: { today?: Date } = {}): KaartParseResult {
  try {
    return parseChecked(source, options.today ?? new Date());
  } catch (error) {
    // Whatever else goes wrong (a bug, a stack overflow on a strange file) is still a problem
    // with the kaart to report, not a reason to stop the server.
    return failed({ line: 1, column: 1 }, `deze kaart kan niet worden gelezen (${clip(messageOf(error))})`);
  }
}

function parseChecked(source: string | Uint8Array, today: Date): KaartParseResult {
  const decoded = kaartText(source);
  if ('problem' in decoded) return { kaart: null, problems: [decoded.problem] };

  const lineCounter = new LineCounter();
  const document = parseDocument(decoded.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error): KaartProblem => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return {
        severity: 'error',
        message: yamlMessage(error.code, error.message),
        line,
        column: col,
        path: [],
      };
    });
    return { kaart: null, problems };
  }
  const aliasTrouble = aliasProblem(document, lineCounter);
  if (aliasTrouble) return { kaart: null, problems: [aliasTrouble] };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_VALUES });
  } catch (error) {
    // The alias check above should have caught it; aliases are what makes toJS throw.
    const place = firstAliasPlace(document, lineCounter);
    return failed(place, `de aliassen (*) kunnen niet worden uitgepakt (${clip(messageOf(error))})`);
  }

  const sourceMap = new KaartSourceMap(document, lineCounter);
  const parsed = socialeKaartSchema.safeParse(data, { error: schemaMessage });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): KaartProblem => {
      const atKey = issue.code === 'unrecognized_keys';
      const path = atKey ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const place = sourceMap.locate(path, { atKey });
      return { severity: 'error', message: issue.message, ...place, path: path.map(plainSegment) };
    });
    return { kaart: null, problems: sortByPlace(problems) };
  }

  const problems = sortByPlace(
    checkReferences(parsed.data, today).map((found): KaartProblem => ({
      ...found,
      ...sourceMap.locate(found.path),
    })),
  );
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return { kaart: hasErrors ? null : parsed.data, problems };
}

function failed(place: { line: number; column: number }, message: string): KaartParseResult {
  return { kaart: null, problems: [{ severity: 'error', message, ...place, path: [] }] };
}

function firstAliasPlace(document: Document, lineCounter: LineCounter): { line: number; column: number } {
  let offset = 0;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function yamlMessage(code: string, message: string): string {
  const plain: Record<string, string> = {
    DUPLICATE_KEY: 'dit veld staat twee keer in hetzelfde blok',
    BAD_INDENT: 'de inspringing klopt niet: gebruik spaties, net zoveel als de regels erboven',
    TAB_AS_INDENT: 'gebruik spaties om in te springen, geen tabs',
    MISSING_CHAR: 'hier mist een teken, bijvoorbeeld een afsluitend aanhalingsteken',
    MULTILINE_IMPLICIT_KEY: 'een veldnaam mag niet over twee regels lopen; mist er een ":"?',
    BLOCK_AS_IMPLICIT_KEY: 'de inspringing of een ":" klopt hier niet',
    UNEXPECTED_TOKEN: 'hier staat een teken dat er niet hoort',
    RESOURCE_EXHAUSTION: 'de kaart is hier te diep genest (te veel blokken of lijsten in elkaar)',
  };
  return `${plain[code] ?? 'de opmaak (YAML) klopt hier niet'} (${clip(message.split('\n')[0] ?? '')})`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A library's message, short enough to show: it may quote the file, which can be anything. */
function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

function plainSegment(segment: PropertyKey): string | number {
  return typeof segment === 'number' ? segment : String(segment);
}

function sortByPlace(problems: KaartProblem[]): KaartProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

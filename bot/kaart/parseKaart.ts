import { LineCounter, parseDocument } from 'yaml';
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
 * Reads a kaart from YAML text: syntax, then structure (schema), then references between
 * its parts. Every problem carries the line and column where it stands.
 */
export function parseKaart(source: string, options: { today?: Date } = {}): KaartParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
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

  const sourceMap = new KaartSourceMap(document, lineCounter);
  const parsed = socialeKaartSchema.safeParse(document.toJS(), { error: schemaMessage });
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
    checkReferences(parsed.data, options.today ?? new Date()).map((found): KaartProblem => ({
      ...found,
      ...sourceMap.locate(found.path),
    })),
  );
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return { kaart: hasErrors ? null : parsed.data, problems };
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
  };
  return `${plain[code] ?? 'de opmaak (YAML) klopt hier niet'} (${message.split('\n')[0]})`;
}

function plainSegment(segment: PropertyKey): string | number {
  return typeof segment === 'number' ? segment : String(segment);
}

function sortByPlace(problems: KaartProblem[]): KaartProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

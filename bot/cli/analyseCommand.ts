import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Analyser } from '../analyser/analyser.js';
import { analyserFor, kaartFileFrom, loadKaartReporting } from './cliKaart.js';

/**
 * `wegwijzer analyse "text"` prints one analysis; `--jsonl` reads one text (or {"text": ...})
 * per line of standard input and writes one JSON object per line, in the same order.
 */
export async function analyseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { jsonl: { type: 'boolean' }, kaart: { type: 'string' } },
  });
  const kaart = loadKaartReporting(kaartFileFrom(values.kaart));
  if (!kaart) return 1;
  const analyser = analyserFor(kaart);
  if (values.jsonl) return analyseLines(analyser);
  if (positionals.length === 0) {
    console.error('wegwijzer analyse: geef een tekst, of gebruik --jsonl en lees van standaardinvoer');
    return 2;
  }
  console.log(JSON.stringify(analyser.analyse(positionals.join(' ')), null, 2));
  return 0;
}

async function analyseLines(analyser: Analyser): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const text = textOf(line);
    const output =
      text === null ? { error: 'regel is geen tekst en geen {"text": ...}' } : analyser.analyse(text);
    if (!process.stdout.write(`${JSON.stringify(output)}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  return 0;
}

/** A line is plain text, a JSON string, or a JSON object with a string `text`. */
function textOf(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('"')) return line;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (typeof parsed === 'string') return parsed;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'text' in parsed &&
      typeof parsed.text === 'string'
    ) {
      return parsed.text;
    }
    return null;
  } catch {
    return line;
  }
}

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, temp and hidden files included, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.isFile() ?? false)
    .sort();
}

/** The `.json` files under a folder that do not parse, each with the parser's complaint. */
export function unparsableJson(dir: string): string[] {
  return filesUnder(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      try {
        JSON.parse(readFileSync(join(dir, name), 'utf8'));
        return [];
      } catch (error) {
        return [`${name}: ${String(error)}`];
      }
    });
}

/** For each marker, the files under `dir` whose bytes hold it. */
export function filesHolding(dir: string, markers: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const name of filesUnder(dir)) {
    const bytes = readFileSync(join(dir, name));
    for (const marker of markers) {
      if (bytes.includes(marker)) found.set(marker, [...(found.get(marker) ?? []), name]);
    }
  }
  return found;
}

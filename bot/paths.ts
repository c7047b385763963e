import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this file with a package.json (works from dist/ too). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`findProjectRoot(): no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');
export const SAMPLE_KAART_FILE = join(KNOWLEDGE_DIR, 'sociale-kaart.yaml');
export const KAART_SCHEMA_FILE = join(KNOWLEDGE_DIR, 'sociale-kaart.schema.json');
export const TAAL_FILE = join(KNOWLEDGE_DIR, 'taal.yaml');
export const ANTWOORDEN_FILE = join(KNOWLEDGE_DIR, 'antwoorden.yaml');
export const BERICHTEN_DIR = join(KNOWLEDGE_DIR, 'berichten');
export const PUBLIC_DIR = join(PROJECT_ROOT, 'public');
export const TEAMS_DIR = join(PROJECT_ROOT, 'teams');

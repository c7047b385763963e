import { resolve } from 'node:path';
import { SAMPLE_KAART_FILE } from './paths.js';

/** Wegwijzer's settings, from the environment (see .env.example). */
export interface Config {
  port: number;
  kaartFile: string;
}

/** Turns the environment into a checked Config; throws one clear message per wrong setting. */
export function configFrom(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const portText = env['PORT'] || '3978';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    problems.push(`PORT must be a whole number from 0 to 65535, not "${portText}"`);
  }
  if (problems.length > 0) throw new Error(`configFrom(): ${problems.join('; ')}`);
  return { port, kaartFile: resolve(env['KAART_FILE'] || SAMPLE_KAART_FILE) };
}

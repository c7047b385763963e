import type { Activity } from 'botbuilder';
import type { LevensgebiedId } from '../kaart/schema.js';
import type { OutcomeType } from './intakeCase.js';

/** How an intake ended, sent as `channelData.wegwijzer.outcome` for analytics and tests. */
export interface Outcome {
  type: OutcomeType;
  levensgebieden: LevensgebiedId[];
  doelgroepen: string[];
  providers: string[];
  reference?: string;
}

/** A message that carries an outcome. */
export function outcomeActivity(text: string, outcome: Outcome): Partial<Activity> {
  return { type: 'message', text, channelData: { wegwijzer: { outcome } } };
}

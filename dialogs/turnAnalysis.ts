import type { TurnContext } from 'botbuilder';
import type { Analyser, Analysis } from '../bot/analyser/analyser.js';

/** This turn's analyses, by text, all by one analyser (the kaart may be reloaded between turns). */
class TurnAnalyses {
  readonly byText = new Map<string, Analysis>();

  constructor(readonly analyser: Analyser) {}
}

const TURN_ANALYSES = Symbol('wegwijzer.turnAnalyses');

/**
 * The analysis of `text` (trimmed), made at most once per turn: the bot, the crisis check and
 * the question dialog all read the resident's message, and a long paste is costly to analyse.
 */
export function analysisOf(context: TurnContext, analyser: Analyser, text: string): Analysis {
  const stored: unknown = context.turnState.get(TURN_ANALYSES);
  const analyses =
    stored instanceof TurnAnalyses && stored.analyser === analyser ? stored : new TurnAnalyses(analyser);
  context.turnState.set(TURN_ANALYSES, analyses);
  const key = text.trim();
  const known = analyses.byText.get(key);
  if (known) return known;
  const analysis = analyser.analyse(key);
  analyses.byText.set(key, analysis);
  return analysis;
}

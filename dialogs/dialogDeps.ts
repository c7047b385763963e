import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Analyser } from '../bot/analyser/analyser.js';
import type { Messages } from '../bot/berichten/messages.js';
import type { Bewoner, Gesprek } from '../bot/intake/intakeCase.js';
import type { CaseService } from '../bot/intake/caseService.js';
import type { SocialeKaart } from '../bot/kaart/schema.js';
import type { HandoffBoard } from '../bot/handoff/handoffBoard.js';
import type { Log } from '../bot/log.js';
import type { Repository } from '../bot/storage/repository.js';
import type { AnswerReading } from './prompts/answerReading.js';

/** What every dialog needs, handed in by the composition root. */
export interface DialogDeps {
  /** The kaart in use now: it may be reloaded between turns. */
  kaart(): SocialeKaart;
  analyser(): Analyser;
  /** Understands residents' own words in answers (knowledge/antwoorden.yaml). */
  answers(): AnswerReading;
  messages: Messages;
  gesprek: StatePropertyAccessor<Gesprek>;
  bewoner: StatePropertyAccessor<Bewoner>;
  repository: Repository;
  /** Writes what an intake leads to (outcomes, gaps, requests for a person, handovers). */
  cases: CaseService;
  /** Requests for a person and conversations taken over by staff. */
  handoffs: HandoffBoard;
  /** The storage keys of this turn's resident and conversation state, as botbuilder forms them. */
  stateKeys(context: TurnContext): { user: string; conversation: string };
  /** Erases everything stored about this turn's resident: all their conversations and records. */
  forgetResident(context: TurnContext): Promise<void>;
  now(): Date;
  retentionDays: number;
  log: Log;
}

import type { IntakeCase } from '../bot/intake/intakeCase.js';
import type { AnswerReading } from './prompts/answerReading.js';

/**
 * Fills what a free message of the resident already answers, so it is not asked: the meetlat
 * ("ik sta er alleen voor", "ik weet het niet meer"), the moment ("ik krijg al thuiszorg") and a
 * request for a client supporter.
 * Only empty slots: what the resident answered to a question stays as they answered it.
 */
export function fillFromWords(intake: IntakeCase, answers: AnswerReading, text: string): void {
  const meetlat = answers.meetlatIn(text);
  for (const field of ['zelf', 'regieKwijt', 'netwerk'] as const) {
    const value = meetlat[field];
    if (value !== undefined && intake.meetlat[field] === undefined) intake.meetlat[field] = value;
  }
  // "Kan er een cliëntondersteuner bij zijn?": the resident asks for the handover itself.
  if (answers.asksForHandover(text)) intake.wantsHandover = true;
  if (intake.moment === undefined) {
    const moment = answers.moment(text);
    if (moment) intake.moment = moment;
  }
}

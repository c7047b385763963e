import type { Contactmoment, MeetlatAntwoord, VoorWie } from '../../bot/intake/intakeCase.js';
import type { MomentId } from '../../bot/kaart/schema.js';

/**
 * What the dialogs need to understand a resident's own words in answers (the readers in
 * `bot/answers/`, built from `knowledge/antwoorden.yaml`).
 */
export interface AnswerReading {
  /** A reply to a yes/no question, with its degree; undefined when the reply is not such an answer. */
  yesNo(text: string): MeetlatAntwoord | undefined;
  /** A reply to "for whom?". */
  voorWie(text: string): VoorWie | undefined;
  /** For whom a free message (a question) is. */
  voorWieIn(text: string): VoorWie | undefined;
  moment(text: string): MomentId | undefined;
  contactmoment(text: string): Contactmoment | undefined;
  /** The provider a reply names, by (part of) its name. */
  aanbieder(text: string, aanbieders: readonly { id: string; naam: string }[]): string | undefined;
  asksForPerson(text: string): boolean;
  /** The message asks for a client supporter (a warm handover), anywhere in it. */
  asksForHandover(text: string): boolean;
  /** The reply is a question about the question ("wat is grip?"). */
  asksBack(text: string): boolean;
  /** The meetlat answers a free message already gives. */
  meetlatIn(text: string): Partial<Record<'zelf' | 'regieKwijt' | 'netwerk', MeetlatAntwoord>>;
}

import type { TextKey } from '../bot/berichten/messageKeys.js';
import type { TurnContext } from 'botbuilder';
import { describeOpeningHours, isOpen } from '../bot/intake/openingHours.js';
import { outcomeActivity } from '../bot/intake/outcome.js';
import type { CrisisType } from '../bot/kaart/schema.js';
import type { StaffRequestReason } from '../bot/storage/records.js';
import type { CaseRecords } from './caseRecords.js';
import type { DialogDeps } from './dialogDeps.js';

/**
 * The resident asked for a person (or accepted the offer of one). With consent they are queued
 * for the loket; without it the bot cannot let staff read along, so it gives the phone number.
 * Either way the resident hears when the loket is open.
 */
export async function requestPerson(
  context: TurnContext,
  deps: DialogDeps,
  records: CaseRecords,
  reason: StaffRequestReason,
  crisis?: CrisisType,
): Promise<void> {
  const gesprek = await deps.gesprek.get(context);
  if (!gesprek) return;
  const { taal } = gesprek;
  const loket = deps.kaart().gemeente.loket;
  const tijden = describeOpeningHours(loket.openingstijden, deps.messages, taal);
  const text = (key: TextKey, values = {}) => deps.messages.text(taal, key, values);
  const request = await records.requestStaff(context, gesprek, reason, crisis);
  const lines = request
    ? [
        text('persoon.gevraagd'),
        isOpen(loket.openingstijden, deps.now()) ? text('persoon.open') : text('persoon.dicht', { tijden }),
        text('persoon.bellen', { telefoon: loket.telefoon }),
      ]
    : [text('persoon.zonderToestemming', { telefoon: loket.telefoon, tijden })];
  const outcome = records.outcomeOf(gesprek, 'staff');
  await records.recordOutcome(context, gesprek, outcome);
  await context.sendActivity(outcomeActivity(lines.join('\n\n'), outcome));
}

import type { TurnContext } from 'botbuilder';
import { caseDoelgroepen } from '../bot/intake/matchProviders.js';
import { outcomeActivity } from '../bot/intake/outcome.js';
import { newReference } from '../bot/intake/reference.js';
import { addWorkingDays } from '../bot/intake/workingDays.js';
import type { Aanbieder } from '../bot/kaart/schema.js';
import type { Handover } from '../bot/storage/records.js';
import { type CaseRecords, residentKeys } from './caseRecords.js';
import type { DialogDeps } from './dialogDeps.js';

const DEFAULT_REACTION_DAYS = 5;

/** A reference not yet in use. */
async function freeReference(deps: DialogDeps): Promise<string> {
  for (;;) {
    const reference = newReference();
    if (!(await deps.repository.handovers.get(reference))) return reference;
  }
}

/** How a resident reaches a provider themselves: phone and e-mail from the kaart. */
export function contactLine(aanbieder: Aanbieder): string {
  return [aanbieder.contact.telefoon, aanbieder.contact.email].filter(Boolean).join(', ');
}

/**
 * Ends the handover. With the resident's explicit consent the case is stored for the provider
 * with a reference and a promised contact date; without it nothing is shared and the resident
 * gets the provider's own contact details.
 */
export async function storeHandover(
  context: TurnContext,
  deps: DialogDeps,
  records: CaseRecords,
  aanbieder: Aanbieder,
  shareAgreed: boolean,
): Promise<void> {
  const gesprek = await deps.gesprek.get(context);
  const intake = gesprek?.case;
  if (!gesprek || !intake) return;
  const { taal } = gesprek;
  const loket = deps.kaart().gemeente.loket.telefoon;
  if (!shareAgreed || !intake.contact || gesprek.consent !== true) {
    const outcome = records.outcomeOf(gesprek, 'information', [aanbieder.id]);
    await records.recordOutcome(context, gesprek, outcome);
    const text = deps.messages.text(taal, 'overdracht.nietGedeeld', {
      aanbieder: aanbieder.naam,
      contact: contactLine(aanbieder),
      loket,
    });
    await context.sendActivity(outcomeActivity(text, outcome));
    return;
  }
  const now = deps.now();
  const werkdagen = aanbieder.overdracht?.reactieBinnenWerkdagen ?? DEFAULT_REACTION_DAYS;
  const uiterlijk = addWorkingDays(now, werkdagen);
  const reference = await freeReference(deps);
  const handover: Handover = {
    reference,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    status: 'nieuw',
    aanbieder: aanbieder.id,
    reactieBinnenWerkdagen: werkdagen,
    contactUiterlijk: uiterlijk.toISOString().slice(0, 10),
    taal,
    contact: intake.contact,
    contactmoment: intake.contactmoment ?? 'maakt-niet-uit',
    vraag: intake.question ?? '',
    levensgebieden: intake.levensgebieden ?? [],
    doelgroepen: caseDoelgroepen(deps.kaart(), intake),
    voorWie: intake.voorWie ?? 'zelf',
    ...(intake.moment ? { moment: intake.moment } : {}),
    resident: await residentKeys(context, deps),
  };
  // On disk before the resident hears its reference; the intake record goes with the turn's end.
  await deps.repository.handovers.put(reference, handover);
  deps.handoverStored(handover, aanbieder);
  intake.resolved = true;
  const outcome = records.outcomeOf(gesprek, 'handover', [aanbieder.id], reference);
  await records.recordOutcome(context, gesprek, outcome);
  const datum = new Intl.DateTimeFormat(taal === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(uiterlijk);
  const telefoon = aanbieder.contact.telefoon ?? loket;
  const text = deps.messages.text(taal, 'overdracht.klaar', {
    referentie: reference,
    aanbieder: aanbieder.naam,
    werkdagen,
    datum,
    telefoon,
  });
  await context.sendActivity(outcomeActivity(text, outcome));
}

import type { Messages, Taal } from '../bot/berichten/messages.js';
import { formatDag } from '../bot/calendar/days.js';
import type { StoredHandover } from '../bot/intake/caseService.js';
import type { Aanbieder } from '../bot/kaart/schema.js';

/** How a resident reaches a provider themselves: phone and e-mail from the kaart. */
export function contactLine(aanbieder: Aanbieder): string {
  return [aanbieder.contact.telefoon, aanbieder.contact.email].filter(Boolean).join(', ');
}

/**
 * What the resident hears once the handover is settled: the reference and the promised contact
 * day (the day that was stored), or, when nothing was shared, how to reach the provider.
 */
export function handoverReply(
  stored: StoredHandover,
  aanbieder: Aanbieder,
  taal: Taal,
  messages: Messages,
  loketTelefoon: string,
): string {
  if (!stored.shared) {
    return messages.text(taal, 'overdracht.nietGedeeld', {
      aanbieder: aanbieder.naam,
      contact: contactLine(aanbieder),
      loket: loketTelefoon,
    });
  }
  return messages.text(taal, 'overdracht.klaar', {
    referentie: stored.reference,
    aanbieder: aanbieder.naam,
    werkdagen: stored.werkdagen,
    datum: formatDag(stored.contactUiterlijk, taal),
    telefoon: stored.telefoon,
  });
}

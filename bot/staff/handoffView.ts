import type { Messages } from '../berichten/messages.js';
import type { Handoff } from '../handoff/handoff.js';
import { namedStep } from '../intake/steps.js';
import type { SocialeKaart } from '../kaart/schema.js';

/** A handoff as the loket's console shows it: names from the kaart, waiting time, no storage keys. */
export function handoffView(
  handoff: Handoff,
  kaart: SocialeKaart,
  messages: Messages,
  now: Date,
  withTranscript: boolean,
) {
  const naam = (list: readonly { id: string; naam: { nl: string } }[], id: string) =>
    list.find((item) => item.id === id)?.naam.nl ?? id;
  const step = handoff.summary.step ? namedStep(handoff.summary.step) : undefined;
  return {
    id: handoff.id,
    state: handoff.state,
    reason: handoff.reason,
    crisis: handoff.crisis ?? null,
    via: handoff.via,
    createdAt: handoff.createdAt,
    updatedAt: handoff.updatedAt,
    waitingMinutes: Math.max(0, Math.floor((now.getTime() - Date.parse(handoff.createdAt)) / 60_000)),
    medewerker: handoff.medewerker ?? null,
    channel: handoff.reference.channelId ?? '',
    taal: handoff.taal,
    levensgebieden: handoff.summary.levensgebieden.map((id) => naam(kaart.levensgebieden, id)),
    doelgroepen: handoff.summary.doelgroepen.map((id) => naam(kaart.doelgroepen, id)),
    verwijsreden: handoff.summary.verwijsreden?.tekst ?? null,
    stap: step ? messages.text('nl', `stap.${step}`) : null,
    terugbellen: handoff.terugbellen ?? null,
    ...(withTranscript ? { transcript: handoff.transcript } : {}),
  };
}

import { escapeMarkdown } from '../bot/berichten/escapeMarkdown.js';
import type { Messages, Taal } from '../bot/berichten/messages.js';
import type { IntakeCase } from '../bot/intake/intakeCase.js';
import { caseDoelgroepen } from '../bot/intake/matchProviders.js';
import type { SocialeKaart } from '../bot/kaart/schema.js';
import { CONTACTMOMENT_LABELS } from './wegwijzerDialog.js';

/** The case as the resident checks it before it is shared: their own words first, then the facts. */
export function handoverSummary(
  kaart: SocialeKaart,
  intake: IntakeCase,
  messages: Messages,
  taal: Taal,
): string {
  const naam = <T extends { id: string; naam: Record<Taal, string> }>(list: T[], id: string) =>
    list.find((item) => item.id === id)?.naam[taal] ?? id;
  const t = messages.text.bind(messages, taal);
  const doelgroepen = caseDoelgroepen(kaart, intake).map((id) => naam(kaart.doelgroepen, id));
  const lines = [
    t('overdracht.samenvattingVraag', { vraag: escapeMarkdown(intake.question ?? '') }),
    t('overdracht.samenvattingOver', {
      levensgebieden: (intake.levensgebieden ?? []).map((id) => naam(kaart.levensgebieden, id)).join(', '),
    }),
    t('overdracht.samenvattingVoor', {
      voorWie: t(intake.voorWie === 'naaste' ? 'voorWie.kiesNaaste' : 'voorWie.kiesZelf'),
    }),
    doelgroepen.length > 0 ? t('overdracht.samenvattingGroep', { doelgroepen: doelgroepen.join(', ') }) : '',
    intake.moment ? t('overdracht.samenvattingMoment', { moment: naam(kaart.momenten, intake.moment) }) : '',
    intake.contact
      ? t('overdracht.samenvattingContact', {
          contact: intake.contact.waarde,
          contactmoment: t(CONTACTMOMENT_LABELS[intake.contactmoment ?? 'maakt-niet-uit']),
        })
      : '',
  ];
  return lines
    .filter(Boolean)
    .map((line) => `- ${line}`)
    .join('\n');
}

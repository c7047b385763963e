import type { Messages, Taal } from '../bot/berichten/messages.js';
import type { Informatie } from '../bot/kaart/schema.js';

/** The kaart's information items as the resident reads them: title, text, phone and link. */
export function informationBlocks(items: readonly Informatie[], taal: Taal, messages: Messages): string[] {
  return items.map((item) =>
    [
      `**${item.titel[taal]}**`,
      item.tekst[taal],
      item.telefoon ? messages.text(taal, 'informatie.telefoon', { telefoon: item.telefoon }) : '',
      item.link ? messages.text(taal, 'informatie.link', { link: item.link }) : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

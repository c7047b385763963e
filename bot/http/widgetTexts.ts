import type restify from 'restify';
import type { Messages, Taal } from '../berichten/messages.js';
import type { TextKey } from '../berichten/messageKeys.js';
import type { KaartStore } from '../kaart/kaartStore.js';

export const WIDGET_TEXTS_PATH = '/api/widget/texts';

/**
 * The widget's own words (its button, title, "start over"), from the message files like all the
 * bot's text, with the loket's name and phone number from the kaart.
 */
export function addWidgetTexts(server: restify.Server, messages: Messages, kaartStore: KaartStore): void {
  server.get(WIDGET_TEXTS_PATH, async (request, response) => {
    const asked = new URL(request.url ?? '', 'http://local').searchParams.get('taal');
    const taal: Taal = asked === 'en' ? 'en' : 'nl';
    const { loket } = kaartStore.kaart.gemeente;
    const text = (key: TextKey) => messages.text(taal, key, { loket: loket.naam, telefoon: loket.telefoon });
    response.header('cache-control', 'no-cache');
    response.json(200, {
      taal,
      open: text('widget.open'),
      titel: text('widget.titel'),
      opnieuw: text('widget.opnieuw'),
      opnieuwGedaan: text('widget.opnieuwGedaan'),
      sluiten: text('widget.sluiten'),
      laden: text('widget.laden'),
      nietBeschikbaar: text('widget.nietBeschikbaar'),
    });
  });
}

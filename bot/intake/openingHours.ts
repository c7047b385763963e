import type { Messages, Taal } from '../berichten/messages.js';
import { amsterdamTime } from '../calendar/days.js';
import { DAGEN } from '../kaart/schema.js';
import type { SocialeKaart } from '../kaart/schema.js';

type Openingstijden = SocialeKaart['gemeente']['loket']['openingstijden'];

/**
 * Whether the opening hours include `now`, in Dutch local time. Public holidays are not taken
 * out: the kaart has no field for the loket's closed days yet.
 */
export function isOpen(openingstijden: Openingstijden, now: Date): boolean {
  const { weekday, hhmm: time } = amsterdamTime(now);
  const dag = DAGEN[weekday - 1];
  return openingstijden.some(
    (tijd) => dag !== undefined && tijd.dagen.includes(dag) && tijd.van <= time && time < tijd.tot,
  );
}

/** The opening hours as a resident reads them: "ma, di, wo, do 08:30–17:00; vr 08:30–12:30". */
export function describeOpeningHours(openingstijden: Openingstijden, messages: Messages, taal: Taal): string {
  return openingstijden
    .map((tijd) =>
      messages.text(taal, 'dagen.tijden', {
        dagen: tijd.dagen.map((dag) => messages.text(taal, `dagen.${dag}`)).join(', '),
        van: tijd.van,
        tot: tijd.tot,
      }),
    )
    .join('; ');
}

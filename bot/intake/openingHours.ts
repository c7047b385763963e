import type { Messages, Taal } from '../berichten/messages.js';
import { DAGEN } from '../kaart/schema.js';
import type { SocialeKaart } from '../kaart/schema.js';

type Openingstijden = SocialeKaart['gemeente']['loket']['openingstijden'];

// The loket keeps Dutch office hours, whatever time zone the server runs in.
const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Whether the opening hours include `now`, in Dutch local time. */
export function isOpen(openingstijden: Openingstijden, now: Date): boolean {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(now).map((part) => [part.type, part.value]));
  const dag = DAGEN[WEEKDAYS.indexOf(parts['weekday'] ?? '')];
  const time = `${parts['hour']}:${parts['minute']}`;
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

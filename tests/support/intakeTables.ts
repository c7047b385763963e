import type { Turn } from './turnTable.js';

/** From opening the chat to the choice of provider, on the way to a warm handover (LVB, debts). */
export const TO_PROVIDER_CHOICE: Turn[] = [
  ['join', { step: 'consent' }],
  [{ choice: 'yes' }, { step: 'question', says: 'Typ dan "vergeet mij"' }],
  [
    'Ik heb een licht verstandelijke beperking. Ik kan mijn huur niet betalen en heb schulden.',
    { step: 'meetlat-regie', says: 'Ik begrijp dat uw vraag gaat over Geld en schulden' },
  ],
  [{ choice: 'nee' }, { step: 'meetlat-zelf' }],
  [{ choice: 'nee' }, { step: 'moment' }],
  [{ choice: 'tijdens-zorg' }, { step: 'aanbieder', says: 'beperking' }],
];

/** From the choice of provider to the stored handover with its reference. */
export const PROVIDER_TO_HANDOVER: Turn[] = [
  [{ choice: 'mee-voorbeeld' }, { step: 'contact' }],
  ["06-12345678, liefst 's ochtends", { step: 'samenvatting', says: '06-12345678 (In de ochtend)' }],
  [{ choice: 'yes' }, { outcome: 'handover', says: /WW-[0-9A-Z]{6}/ }],
];

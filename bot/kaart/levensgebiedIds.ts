/** The levensgebieden of Schema 1 (the mapping tool's rows); every kaart has all of them. */
export const LEVENSGEBIED_IDS = [
  'wonen',
  'werken',
  'participatie',
  'onderwijs',
  'jeugdzorg',
  'zorg-wmo',
  'zorg-ouderen-gehandicapten-ggz',
  'inkomen-schulden',
  'opvoeding',
  'preventie',
  'mobiliteit',
  'zingeving',
  'anders',
] as const;

import { z } from 'zod';
import {
  DATE_PATTERN,
  ID_PATTERN,
  PHONE_PATTERN,
  TIME_PATTERN,
  isCalendarDate,
  isDutchPhoneNumber,
} from './formats.js';

/**
 * The sociale kaart's structure: the one source for the TypeScript types, the validator
 * and the JSON Schema that coordinators' editors use (see writeSchema.ts).
 */

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
export const MOMENT_IDS = ['reflectie', 'toegang', 'tijdens-zorg'] as const;
export const TAAK_IDS = ['outreachend', 'signalering', 'pleitbezorging', 'samenwerking-toegang'] as const;
export const CRISIS_TYPES = ['suicide', 'violence', 'acute'] as const;
export const DAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;

export type LevensgebiedId = (typeof LEVENSGEBIED_IDS)[number];
export type MomentId = (typeof MOMENT_IDS)[number];
export type TaakId = (typeof TAAK_IDS)[number];
export type CrisisType = (typeof CRISIS_TYPES)[number];

const id = z
  .string()
  .regex(ID_PATTERN, {
    error: 'een id bestaat uit kleine letters, cijfers en streepjes, zoals "mee-voorbeeld"',
  })
  .describe('Vaste naam in kleine letters, cijfers en streepjes.');
const text = z.string().trim().min(1, { error: 'deze tekst is leeg' });
const phoneError = 'dit is geen geldig telefoonnummer, zoals "020 123 45 67" of "0800-0113"';
const phone = z
  .string()
  .regex(PHONE_PATTERN, { error: phoneError, abort: true })
  .refine(isDutchPhoneNumber, { error: phoneError })
  .describe('Telefoonnummer zoals inwoners het bellen, bijvoorbeeld "020 123 45 67" of "0800-0113".');
const email = z.email({ error: 'dit is geen geldig e-mailadres' });
const url = z.url({ protocol: /^https?$/, error: 'dit is geen geldig webadres; begin met https://' });
const dateError = 'schrijf een datum als JJJJ-MM-DD, zoals 2026-11-24';
const date = z
  .string()
  .regex(DATE_PATTERN, { error: dateError, abort: true })
  .refine(isCalendarDate, { error: dateError })
  .describe('Datum als JJJJ-MM-DD.');
const time = z.string().regex(TIME_PATTERN, { error: 'schrijf een tijd als UU:MM, zoals 08:30' });

const vertaald = z
  .strictObject({ nl: text, en: text })
  .describe('Tekst in het Nederlands (B1) en in het Engels.');

/**
 * Words residents use. Matching rules (see the kaart's header): a word also matches longer
 * words that start with it; a leading "=" makes it match only exactly; a phrase matches its
 * words in order with at most two other words between them.
 */
const woordenlijst = z.array(text).describe('Woorden en zinsdelen die inwoners gebruiken.');
const woorden = z
  .strictObject({ nl: woordenlijst.default([]), en: woordenlijst.default([]) })
  .describe('Woorden van inwoners, per taal.');

const openingstijd = z.strictObject({
  dagen: z.array(z.enum(DAGEN)).min(1, { error: 'noem ten minste één dag' }),
  van: time,
  tot: time,
});
const openingstijden = z.array(openingstijd).describe('Wanneer men bereikbaar is, per groep dagen.');

const contact = z.strictObject({
  telefoon: phone.optional(),
  email: email.optional(),
  website: url.optional(),
  adres: text.optional(),
  openingstijden: openingstijden.optional(),
});

export const levensgebiedSchema = z.strictObject({
  id: z.enum(LEVENSGEBIED_IDS),
  naam: vertaald,
  woorden,
});

export const doelgroepSchema = z.strictObject({
  id,
  naam: vertaald,
  woorden,
  levensgebied: z
    .enum(LEVENSGEBIED_IDS)
    .optional()
    .describe(
      'Waar een vraag meestal over gaat als de inwoner alleen zegt wie het betreft ("ik heb dementie").',
    ),
  leeftijd: z
    .strictObject({ van: z.int().min(0).max(120).optional(), tot: z.int().min(0).max(120).optional() })
    .optional()
    .describe('Leeftijden die bij deze doelgroep horen; "tot" telt niet mee (tot 18: 17 jaar wel, 18 niet).'),
});

export const momentSchema = z.strictObject({ id: z.enum(MOMENT_IDS), naam: vertaald, uitleg: vertaald });

export const dekkingSchema = z
  .strictObject({
    levensgebieden: z.array(z.enum(LEVENSGEBIED_IDS)).min(1, { error: 'noem ten minste één levensgebied' }),
    doelgroepen: z.array(id).min(1, { error: 'noem ten minste één doelgroep' }),
    momenten: z
      .array(z.enum(MOMENT_IDS))
      .min(1)
      .default([...MOMENT_IDS]),
  })
  .describe('Een blok cellen van Schema 1: elk levensgebied × elke doelgroep × elk moment.');

export const aanbiederSchema = z.strictObject({
  id,
  naam: text,
  soort: text.describe('Soort organisatie, bijvoorbeeld "Onafhankelijke cliëntondersteuning".'),
  aanbod: vertaald,
  contact,
  overdracht: z
    .strictObject({
      email: email.optional(),
      telefoon: phone.optional(),
      reactieBinnenWerkdagen: z.int().min(1).max(30),
    })
    .optional()
    .describe('Waar warme overdrachten heen gaan, en binnen hoeveel werkdagen men contact opneemt.'),
  gecontroleerd: date.describe('Wanneer deze gegevens voor het laatst zijn nagekeken.'),
  dekking: z.array(dekkingSchema).default([]),
  taken: z.array(z.enum(TAAK_IDS)).default([]).describe('Algemene taken (Schema 2).'),
});

export const informatieSchema = z.strictObject({
  id,
  levensgebied: z.enum(LEVENSGEBIED_IDS),
  doelgroepen: z.array(id).default([]).describe('Leeg: geldt voor iedereen.'),
  titel: vertaald,
  tekst: vertaald,
  link: url.optional(),
  telefoon: phone.optional(),
});

export const hulplijnSchema = z.strictObject({
  naam: text,
  telefoon: phone,
  website: url.optional(),
  bereikbaar: vertaald,
});

export const crisisTypeSchema = z.strictObject({
  id: z.enum(CRISIS_TYPES),
  naam: vertaald,
  verledenTelt: z
    .boolean()
    .default(false)
    .describe('Ook een crisis als de inwoner het over vroeger heeft ("ik heb vroeger een poging gedaan").'),
  tekst: vertaald,
  hulplijnen: z.array(hulplijnSchema).min(1, { error: 'noem ten minste één hulplijn' }),
  signalen: woorden,
});

export const voorbeeldSchema = z.strictObject({
  vraag: text,
  levensgebieden: z
    .array(z.enum(LEVENSGEBIED_IDS))
    .default([])
    .describe('Het eerste levensgebied moet bovenaan staan. Mag leeg blijven bij een crisisvraag.'),
  doelgroepen: z.array(id).default([]),
  crisis: z.enum(CRISIS_TYPES).nullable().default(null),
});

export const socialeKaartSchema = z
  .strictObject({
    versie: text.describe('Versie van de kaart, bijvoorbeeld "2026.11".'),
    gemeente: z.strictObject({
      naam: text,
      website: url,
      loket: z.strictObject({
        naam: text,
        telefoon: phone,
        email: email.optional(),
        adres: text.optional(),
        openingstijden: openingstijden.min(1, { error: 'noem wanneer het loket open is' }),
      }),
    }),
    levensgebieden: z.array(levensgebiedSchema),
    doelgroepen: z.array(doelgroepSchema).min(1),
    momenten: z.array(momentSchema),
    aanbieders: z.array(aanbiederSchema),
    informatie: z.array(informatieSchema),
    crisis: z.strictObject({
      types: z.array(crisisTypeSchema),
      uitzonderingen: woorden.describe('Uitdrukkingen die op crisis lijken maar het niet zijn ("doodmoe").'),
    }),
    voorbeelden: z.array(voorbeeldSchema).default([]),
  })
  .describe('De sociale kaart van een gemeente voor Wegwijzer.');

export type SocialeKaart = z.output<typeof socialeKaartSchema>;
export type Levensgebied = z.output<typeof levensgebiedSchema>;
export type Doelgroep = z.output<typeof doelgroepSchema>;
export type Aanbieder = z.output<typeof aanbiederSchema>;
export type Dekking = z.output<typeof dekkingSchema>;
export type Informatie = z.output<typeof informatieSchema>;
export type CrisisTypeDefinitie = z.output<typeof crisisTypeSchema>;
export type Hulplijn = z.output<typeof hulplijnSchema>;
export type Voorbeeld = z.output<typeof voorbeeldSchema>;
export type Woorden = z.output<typeof woorden>;
export type Vertaald = z.output<typeof vertaald>;

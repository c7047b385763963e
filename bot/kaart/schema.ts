import { z } from 'zod';
import {
  DATE_PATTERN,
  ID_PATTERN,
  PHONE_PATTERN,
  TIME_PATTERN,
  isCalendarDate,
  isDutchPhoneNumber,
} from './formats.js';
import { LEVENSGEBIED_IDS } from './levensgebiedIds.js';
import { verwijzingSchema } from './verwijzingSchema.js';

/**
 * The sociale kaart's structure: the one source for the TypeScript types, the validator
 * and the JSON Schema that coordinators' editors use (see writeSchema.ts).
 */

export { LEVENSGEBIED_IDS };
export const MOMENT_IDS = ['reflectie', 'toegang', 'tijdens-zorg'] as const;
export const TAAK_IDS = ['outreachend', 'signalering', 'pleitbezorging', 'samenwerking-toegang'] as const;
export const CRISIS_TYPES = ['suicide', 'violence', 'acute'] as const;
export const DAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
/** The roles code asks the kaart for (see roles.ts); each is held by exactly one doelgroep. */
export const DOELGROEP_ROLLEN = ['mantelzorger'] as const;

export type LevensgebiedId = (typeof LEVENSGEBIED_IDS)[number];
export type MomentId = (typeof MOMENT_IDS)[number];
export type TaakId = (typeof TAAK_IDS)[number];
export type CrisisType = (typeof CRISIS_TYPES)[number];
export type DoelgroepRol = (typeof DOELGROEP_ROLLEN)[number];

// Lengths of free text, after YAML has decoded it: generous for what a kaart holds (in the
// sample the longest name is 64 characters, text 166, word pattern 251), small enough that no
// field carries a payload to the residents, the console or the health check.
const ID_MAX = 64;
const VERSIE_MAX = 64;
const NAME_MAX = 200;
const WORD_MAX = 500;
const QUESTION_MAX = 500;
const LONG_TEXT_MAX = 2000;
const URL_MAX = 2000;
const EMAIL_MAX = 254;

const id = z
  .string()
  .max(ID_MAX)
  .regex(ID_PATTERN, {
    error: 'een id bestaat uit kleine letters, cijfers en streepjes, zoals "mee-voorbeeld"',
  })
  .describe('Vaste naam in kleine letters, cijfers en streepjes.');
/** A text that is not empty after trimming, and at most `max` characters. */
const text = (max: number) => z.string().trim().min(1, { error: 'deze tekst is leeg' }).max(max);
const phoneError = 'dit is geen geldig telefoonnummer, zoals "020 123 45 67" of "0800-0113"';
const phone = z
  .string()
  .regex(PHONE_PATTERN, { error: phoneError, abort: true })
  .refine(isDutchPhoneNumber, { error: phoneError })
  .describe('Telefoonnummer zoals inwoners het bellen, bijvoorbeeld "020 123 45 67" of "0800-0113".');
const email = z.email({ error: 'dit is geen geldig e-mailadres', abort: true }).max(EMAIL_MAX, {
  error: `een e-mailadres is hoogstens ${EMAIL_MAX} tekens`,
});
const url = z
  .url({ protocol: /^https?$/, error: 'dit is geen geldig webadres; begin met https://', abort: true })
  .max(URL_MAX, { error: `een webadres is hoogstens ${URL_MAX} tekens` });
const dateError = 'schrijf een datum als JJJJ-MM-DD, zoals 2026-11-24';
const date = z
  .string()
  .regex(DATE_PATTERN, { error: dateError, abort: true })
  .refine(isCalendarDate, { error: dateError })
  .describe('Datum als JJJJ-MM-DD.');
const time = z.string().regex(TIME_PATTERN, { error: 'schrijf een tijd als UU:MM, zoals 08:30' });

/** A text in both languages, each at most `max` characters. */
const vertaald = (max: number) =>
  z.strictObject({ nl: text(max), en: text(max) }).describe('Tekst in het Nederlands (B1) en in het Engels.');
const naamVertaald = vertaald(NAME_MAX);
const tekstVertaald = vertaald(LONG_TEXT_MAX);

/**
 * Words residents use. Matching rules (see the kaart's header): a word also matches longer
 * words that start with it; a leading "=" makes it match only exactly; a phrase matches its
 * words in order with at most two other words between them.
 */
const woordenlijst = z.array(text(WORD_MAX)).describe('Woorden en zinsdelen die inwoners gebruiken.');
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
  adres: text(NAME_MAX).optional(),
  openingstijden: openingstijden.optional(),
});

export const levensgebiedSchema = z.strictObject({
  id: z.enum(LEVENSGEBIED_IDS),
  naam: naamVertaald,
  woorden,
});

export const doelgroepSchema = z.strictObject({
  id,
  naam: naamVertaald,
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
  rol: z
    .enum(DOELGROEP_ROLLEN)
    .optional()
    .describe(
      'Wat Wegwijzer met deze doelgroep doet. "mantelzorger": wie voor een naaste vraagt, hoort bij deze doelgroep.',
    ),
});

export const momentSchema = z.strictObject({
  id: z.enum(MOMENT_IDS),
  naam: naamVertaald,
  uitleg: tekstVertaald,
});

export const dekkingSchema = z
  .strictObject({
    levensgebieden: z.array(z.enum(LEVENSGEBIED_IDS)).min(1, { error: 'noem ten minste één levensgebied' }),
    doelgroepen: z.array(id).min(1, { error: 'noem ten minste één doelgroep' }).optional(),
    voorIedereen: z
      .boolean()
      .optional()
      .describe('true: voor alle inwoners, welke doelgroep ook (noem dan geen doelgroepen).'),
    momenten: z
      .array(z.enum(MOMENT_IDS))
      .min(1)
      .default([...MOMENT_IDS]),
  })
  .describe(
    'Een blok cellen van Schema 1: elk levensgebied × elke doelgroep (of iedereen) × elk moment. ' +
      'Noem doelgroepen, of zet voorIedereen: true.',
  );

export const aanbiederSchema = z.strictObject({
  id,
  naam: text(NAME_MAX),
  soort: text(NAME_MAX).describe('Soort organisatie, bijvoorbeeld "Onafhankelijke cliëntondersteuning".'),
  aanbod: tekstVertaald,
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
  titel: naamVertaald,
  tekst: tekstVertaald,
  link: url.optional(),
  telefoon: phone.optional(),
});

export const hulplijnSchema = z.strictObject({
  naam: text(NAME_MAX),
  telefoon: phone,
  website: url.optional(),
  bereikbaar: naamVertaald,
});

export const crisisTypeSchema = z.strictObject({
  id: z.enum(CRISIS_TYPES),
  naam: naamVertaald,
  verledenTelt: z
    .boolean()
    .default(false)
    .describe('Ook een crisis als de inwoner het over vroeger heeft ("ik heb vroeger een poging gedaan").'),
  tekst: tekstVertaald,
  hulplijnen: z.array(hulplijnSchema).min(1, { error: 'noem ten minste één hulplijn' }),
  signalen: woorden,
});

export const voorbeeldSchema = z.strictObject({
  vraag: text(QUESTION_MAX),
  levensgebieden: z
    .array(z.enum(LEVENSGEBIED_IDS))
    .default([])
    .describe('Het eerste levensgebied moet bovenaan staan. Mag leeg blijven bij een crisisvraag.'),
  doelgroepen: z.array(id).default([]),
  crisis: z.enum(CRISIS_TYPES).nullable().default(null),
});

export const socialeKaartSchema = z
  .strictObject({
    versie: text(VERSIE_MAX).describe('Versie van de kaart, bijvoorbeeld "2026.11".'),
    gemeente: z.strictObject({
      naam: text(NAME_MAX),
      website: url,
      loket: z.strictObject({
        naam: text(NAME_MAX),
        telefoon: phone,
        email: email.optional(),
        adres: text(NAME_MAX).optional(),
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
    verwijzing: verwijzingSchema,
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
export type Vertaald = z.output<typeof naamVertaald>;
export type { Verwijzing, VerwijzingRegel, VerwijzingVoorwaarden } from './verwijzingSchema.js';

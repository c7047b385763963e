import { z } from 'zod';
import { MEETLAT_ANTWOORDEN } from '../intake/intakeCase.js';
import { ID_PATTERN } from './formats.js';
import { LEVENSGEBIED_IDS } from './levensgebiedIds.js';

/**
 * The referral rule (the kaart's `verwijzing:` section): when the bot proposes a warme
 * overdracht and when information. Coordinators tune it; bot/intake/route.ts evaluates it.
 */

/** The id a decision by the rule's `anders` carries; no rule may take it. */
export const ANDERS_REGEL = 'anders';

export const VERWIJZING_UITKOMSTEN = ['overdracht', 'informatie'] as const;
export type VerwijzingUitkomst = (typeof VERWIJZING_UITKOMSTEN)[number];

const ruleId = z.string().max(64).regex(ID_PATTERN, {
  error: 'een id bestaat uit kleine letters, cijfers en streepjes, zoals "regie-kwijt"',
});
const antwoorden = z
  .array(z.enum(MEETLAT_ANTWOORDEN))
  .min(1, { error: 'noem ten minste één antwoord: ja, deels, nee of weet-niet' });
const uitleg = z
  .strictObject({
    nl: z.string().trim().min(1, { error: 'deze tekst is leeg' }).max(300),
    en: z.string().trim().min(1, { error: 'deze tekst is leeg' }).max(300),
  })
  .describe(
    'Eén gewone zin die de bot tegen de inwoner zegt: waarom hij dit voorstelt. Nederlands (B1) en Engels.',
  );

/**
 * A rule's conditions; all must hold. The bot reads (and asks) them in this order, whatever
 * order the file writes them in.
 */
export const verwijzingVoorwaardenSchema = z
  .strictObject({
    gevraagd: z.boolean().optional().describe('true: de inwoner vroeg zelf om een persoon of overdracht.'),
    doelgroepen: z
      .array(z.string())
      .min(1)
      .optional()
      .describe('De inwoner hoort bij ten minste één van deze doelgroepen.'),
    levensgebieden: z
      .int()
      .min(1)
      .max(LEVENSGEBIED_IDS.length)
      .optional()
      .describe('Ten minste zoveel levensgebieden, nadat "samen" is toegepast.'),
    zelf: antwoorden
      .optional()
      .describe('Antwoord op "Kunt u het zelf regelen als u weet waar u heen moet?"'),
    regie: antwoorden.optional().describe('Antwoord op "Bent u de grip op uw situatie kwijt?"'),
    netwerk: antwoorden.optional().describe('Antwoord op "Is er iemand die u helpt?"'),
  })
  .describe('Voorwaarden: ze moeten allemaal kloppen. Leeg: de regel geldt altijd.');

export const verwijzingRegelSchema = z.strictObject({
  id: ruleId,
  als: verwijzingVoorwaardenSchema,
  uitkomst: z.enum(VERWIJZING_UITKOMSTEN),
  uitleg,
});

export const verwijzingSchema = z
  .strictObject({
    samen: z
      .array(z.array(z.enum(LEVENSGEBIED_IDS)).min(2, { error: 'noem ten minste twee levensgebieden' }))
      .default([])
      .describe('Levensgebieden die samen als één vraag tellen, zoals huur naast schulden.'),
    regels: z
      .array(verwijzingRegelSchema)
      .describe('Van boven naar beneden: de eerste regel die klopt, beslist.'),
    anders: z
      .strictObject({ uitkomst: z.enum(VERWIJZING_UITKOMSTEN), uitleg })
      .describe('Wat geldt als geen regel klopt.'),
  })
  .describe('Wanneer de bot een warme overdracht voorstelt, en wanneer informatie.');

export type Verwijzing = z.output<typeof verwijzingSchema>;
export type VerwijzingRegel = z.output<typeof verwijzingRegelSchema>;
export type VerwijzingVoorwaarden = z.output<typeof verwijzingVoorwaardenSchema>;

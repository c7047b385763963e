import type { OutcomeType } from '../intake/intakeCase.js';
import type { MomentId, TaakId } from '../kaart/schema.js';
import type { HandoverStatus } from '../storage/records.js';
import type { CoverageLevel } from './coverage.js';

/**
 * The report's Dutch texts, for coordinators. The questions and task names follow the mapping
 * tool ("Gesprekstool aanbod in kaart brengen") word for word, so the report can sit beside it.
 */
export const REPORT_TEXTS = {
  titel: 'Cliëntondersteuning in kaart',
  geenDoelgroep: 'Geen doelgroep genoemd',
  /** A levensgebied's offer for every resident (a dekking row with voorIedereen). */
  iedereen: 'Iedereen',
  /** After a provider's name in a cell it covers only with its offer for everyone. */
  voorIedereen: 'voor iedereen',
  privacy:
    'Dit rapport bevat alleen totalen, geen gegevens van inwoners. Aantallen van 1 tot 4 staan er als "<5", ' +
    'zodat niemand te herkennen is; "•" is een aantal dat verborgen is zodat een "<5" niet is terug te rekenen.',
  bron:
    'Schema 1 en 2 komen uit de sociale kaart (de afspraken). De vraag komt uit de gesprekken van Wegwijzer ' +
    'in de periode: intakes met en zonder toestemming (zonder toestemming alleen levensgebied, doelgroep en ' +
    'uitkomst), de overdrachten en de signalen van ontbrekend aanbod. Wat is gewist of verlopen, telt niet mee.',
  momenten: {
    reflectie: 'Reflectie op het eigen leven',
    toegang: 'Het verkrijgen van passende ondersteuning',
    'tijdens-zorg': 'Tijdens het ontvangen van ondersteuning/zorg',
  } satisfies Record<MomentId, string>,
  taken: {
    outreachend: 'Outreachend contact leggen (bezoeken van vindplaatsen, voorlichting geven)',
    signalering: 'Signalering van trends, lacunes en knelpunten',
    pleitbezorging: 'Pleitbezorging/ombudsfunctie, bemiddeling',
    'samenwerking-toegang': 'Samenwerking met toegangsfunctionarissen gemeente en CIZ en/of met OCO Wlz',
  } satisfies Record<TaakId, string>,
  dekking: {
    geen: 'geen aanbieder',
    een: 'één aanbieder',
    meerdere: 'meerdere aanbieders',
  } satisfies Record<CoverageLevel, string>,
  uitkomsten: {
    information: 'Informatie gegeven',
    handover: 'Warme overdracht',
    gap: 'Geen passend aanbod (signaal)',
    crisis: 'Naar een hulplijn (crisis)',
    staff: 'Naar een medewerker van het loket',
  } satisfies Record<OutcomeType, string>,
  statussen: {
    nieuw: 'Nieuw',
    geaccepteerd: 'Geaccepteerd',
    'contact-gelegd': 'Contact gelegd',
    afgesloten: 'Afgesloten',
    teruggegeven: 'Teruggegeven',
  } satisfies Record<HandoverStatus, string>,
  vragen: {
    weinigAanbod: {
      vraag:
        'Voor vragen op welke levensgebieden, voor welke doelgroepen en/of momenten is er momenteel in uw gemeente weinig aanbod aan cliëntondersteuning beschikbaar?',
      antwoord: 'Er is weinig aanbod beschikbaar voor:',
    },
    overlap: { vraag: 'Waar zit overlap tussen aanbieders?', antwoord: 'Er bestaat overlap op:' },
    verschillen: {
      vraag:
        'Zijn er (grote) verschillen tussen wat men volgens afspraak zou moeten doen en bereiken en wat men in de praktijk doet?',
      antwoord: 'Er zijn verschillen tussen afspraak en realisatie bij:',
    },
    vraagstukken: {
      vraag: 'Zijn er op dit thema voor u nog andere vraagstukken (knelpunten, buikpijnvragen, etc.)?',
      antwoord: 'Vraagstukken zijn:',
    },
  },
  verouderd: 'Gegevens in de sociale kaart die langer dan een jaar niet zijn nagekeken:',
  niets: 'Niets gevonden in deze periode.',
} as const;

// The console's words, apart from its code (the staff are the loket's, so Dutch only).
export const TEKSTEN = {
  rollen: { loket: 'loket', ondersteuner: 'cliëntondersteuner', coordinator: 'coördinator' },
  redenen: {
    gevraagd: 'vroeg om een medewerker',
    crisis: 'crisis',
    gat: 'geen aanbod gevonden',
    informatie: 'informatie hielp niet',
    terugbellen: 'wil teruggebeld worden',
  },
  staten: { waiting: 'wacht', staff: 'in gesprek', bot: 'terug bij de bot', closed: 'afgesloten' },
  sprekers: { bewoner: 'Inwoner', bot: 'Wegwijzer', medewerker: 'Medewerker' },
  momenten: { ochtend: 'ochtend', middag: 'middag', 'maakt-niet-uit': 'maakt niet uit' },
  statussen: {
    nieuw: 'nieuw',
    geaccepteerd: 'geaccepteerd',
    'contact-gelegd': 'contact gelegd',
    afgesloten: 'afgesloten',
    teruggegeven: 'teruggegeven',
  },
  statusKnoppen: {
    geaccepteerd: 'Accepteren',
    'contact-gelegd': 'Contact gelegd',
    afgesloten: 'Afsluiten',
    teruggegeven: 'Teruggeven…',
  },
  acties: {
    aangemeld: 'aangemeld',
    afgemeld: 'afgemeld',
    geopend: 'geopend',
    overgenomen: 'overgenomen',
    bericht: 'bericht gestuurd',
    teruggegeven: 'teruggegeven aan de bot',
    afgesloten: 'gesprek afgesloten',
    status: 'status gewijzigd',
    toegewezen: 'toegewezen',
    notitie: 'notitie',
    geexporteerd: 'geëxporteerd',
  },
  rapport: {
    titel: 'Dekkingsrapport',
    uitleg:
      'Schema 1 en 2 uit de sociale kaart, de vraag die inwoners Wegwijzer stelden en de reflectievragen, ' +
      'beantwoord. Alleen totalen; aantallen onder 5 staan er als "<5".',
    tonen: 'Tonen',
    downloadHtml: 'Download HTML',
    downloadZip: 'Download HTML en CSV (zip)',
    printen: 'Openen om te printen',
    periodeFout: 'Kies een begin- en einddatum, de begindatum eerst.',
  },
};

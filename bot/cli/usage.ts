export const USAGE = `Gebruik:
  wegwijzer kaart check [bestand]     controleert de sociale kaart (fouten als bestand:regel:kolom)
  wegwijzer kaart test [bestand]      legt de voorbeeldvragen van de kaart aan de analyser voor
  wegwijzer analyse [--kaart bestand] "tekst"
                                      laat zien wat de analyser in een vraag herkent (JSON)
  wegwijzer analyse [--kaart bestand] --jsonl
                                      leest per regel een tekst of {"text": ...} en schrijft per regel JSON
  wegwijzer overdrachten [--json]     toont de warme overdrachten, nieuwste eerst
  wegwijzer data erase <nummer>       verwijdert alles van de inwoner achter een overdracht (WW-...)
  wegwijzer teams package [--out map] maakt de zip om Wegwijzer in Microsoft Teams te zetten
                                      (MicrosoftAppId nodig; PUBLIC_URL, PRIVACY_URL, TERMS_URL, TEAMS_APP_ID mogen)

Zonder bestand: de kaart uit KAART_FILE, anders de voorbeeldkaart in knowledge/. Gegevens: de map uit DATA_DIR, anders ./data.`;

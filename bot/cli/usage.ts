export const USAGE = `Gebruik:
  wegwijzer kaart check [bestand]     controleert de sociale kaart (fouten als bestand:regel:kolom)
  wegwijzer kaart test [bestand]      legt de voorbeeldvragen van de kaart aan de analyser voor
  wegwijzer kaart report [--from JJJJ-MM-DD] [--to JJJJ-MM-DD] [--out map] [bestand]
                                      schrijft het dekkingsrapport (Schema 1 en 2, de vraag, de reflectievragen)
                                      als HTML en CSV; zonder datums: het afgelopen jaar; zonder map: ./rapport
  wegwijzer analyse [--kaart bestand] "tekst"
                                      laat zien wat de analyser in een vraag herkent (JSON)
  wegwijzer analyse [--kaart bestand] --jsonl
                                      leest per regel een tekst of {"text": ...} en schrijft per regel JSON
  wegwijzer overdrachten [--json]     toont de warme overdrachten, nieuwste eerst
  wegwijzer data erase <nummer>       verwijdert alles van de inwoner achter een overdracht (WW-...)
  wegwijzer staff add <naam> --role loket|ondersteuner|coordinator [--name "Volledige naam"] [--aanbieder id]
                                      maakt of wijzigt een account voor de medewerkersconsole (/staff);
                                      het wachtwoord (12+ tekens) komt van het toetsenbord of de eerste regel van stdin
  wegwijzer staff remove <naam>       verwijdert een account (de sessies vervallen meteen)
  wegwijzer staff list                toont de accounts
  wegwijzer teams package [--out map] maakt de zip om Wegwijzer in Microsoft Teams te zetten
                                      (MicrosoftAppId nodig; PUBLIC_URL, PRIVACY_URL, TERMS_URL, TEAMS_APP_ID mogen)

Zonder bestand: de kaart uit KAART_FILE, anders de voorbeeldkaart in knowledge/. Gegevens: de map uit DATA_DIR, anders ./data.`;

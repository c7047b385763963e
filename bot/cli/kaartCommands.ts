import { evaluate, ratio } from '../analyser/evaluation.js';
import { analyserFor, kaartFileFrom, loadKaartReporting } from './cliKaart.js';

/** `wegwijzer kaart check [file]`: exit 0 when the kaart is valid (warnings allowed), else 1. */
export function kaartCheckCommand(args: string[]): number {
  const file = kaartFileFrom(args[0]);
  const kaart = loadKaartReporting(file, { warnings: true });
  if (!kaart) {
    console.error('De kaart heeft fouten: Wegwijzer gebruikt hem pas als ze zijn opgelost.');
    return 1;
  }
  const cells = kaart.aanbieders.reduce(
    (sum, a) =>
      sum +
      a.dekking.reduce(
        (n, d) =>
          n +
          d.levensgebieden.length *
            (d.voorIedereen ? kaart.doelgroepen.length : (d.doelgroepen?.length ?? 0)),
        0,
      ),
    0,
  );
  console.log(
    `De kaart klopt (versie ${kaart.versie}): ${kaart.aanbieders.length} aanbieders, ` +
      `${kaart.doelgroepen.length} doelgroepen, ${cells} gedekte cellen, ${kaart.informatie.length} informatieteksten.`,
  );
  return 0;
}

/** `wegwijzer kaart test [file]`: runs the kaart's voorbeelden; exit 1 on any miss. */
export function kaartTestCommand(args: string[]): number {
  const file = kaartFileFrom(args[0]);
  const kaart = loadKaartReporting(file);
  if (!kaart) return 1;
  const report = evaluate(analyserFor(kaart), kaart.voorbeelden);
  const missed = report.results.filter((result) => result.misses.length > 0);
  for (const result of missed) {
    console.log(`✗ "${result.voorbeeld.vraag}"`);
    for (const miss of result.misses) console.log(`    ${miss}`);
  }
  const passed = report.results.length - missed.length;
  console.log(
    `${passed} van ${report.results.length} voorbeelden goed (${ratio(passed, report.results.length)}).`,
  );
  return missed.length > 0 ? 1 : 0;
}

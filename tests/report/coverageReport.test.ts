import { describe, expect, it } from 'vitest';
import { GEEN_DOELGROEP, IEDEREEN, coverageLevel } from '../../bot/report/coverage.js';
import { coverageReport } from '../../bot/report/coverageReport.js';
import { csvFile } from '../../bot/report/csv.js';
import { inPeriod, periodFrom } from '../../bot/report/period.js';
import { reportCsvFiles } from '../../bot/report/reportCsv.js';
import { reportHtml } from '../../bot/report/reportHtml.js';
import { shownCount, shownParts } from '../../bot/report/smallCounts.js';
import { levelOf } from '../../bot/report/shownFigures.js';
import { NOW, PERIOD, kaartWithEveryone, records, smallKaart } from './reportCases.js';

/** The overlaps between specialised offers in the fixture: the same with or without offers for everyone. */
const SPECIFIC_OVERLAPS = [
  {
    levensgebied: 'inkomen-schulden',
    doelgroep: 'lvb',
    aanbieders: ['alfa', 'bravo'],
    momenten: ['toegang'],
    intakes: 10,
  },
  {
    levensgebied: 'werken',
    doelgroep: 'mantelzorgers',
    aanbieders: ['bravo', 'charlie'],
    momenten: ['reflectie'],
    intakes: 5,
  },
];

function report(kaart = smallKaart()) {
  const all = records();
  const inside = <T extends { createdAt: string }>(items: readonly T[]) =>
    items.filter((item) => inPeriod(PERIOD, item.createdAt));
  const within = {
    intakes: inside(all.intakes),
    signals: inside(all.signals),
    handovers: inside(all.handovers),
  };
  return coverageReport(kaart, within, PERIOD, NOW);
}

describe('Schema 1 and 2 from the kaart', () => {
  it('names the providers of each cell, with moments where they do not cover all three', () => {
    const { coverage } = report();
    const cell = (gebied: string, groep: string) => coverage.cell(gebied, groep)!;
    expect(cell('wonen', 'lvb').aanbieders).toEqual(['alfa']);
    expect(cell('inkomen-schulden', 'lvb').aanbieders).toEqual(['alfa', 'bravo']);
    expect(coverage.momentsOf(cell('inkomen-schulden', 'lvb'), 'bravo')).toEqual(['toegang']);
    expect(coverage.momentsOf(cell('inkomen-schulden', 'ouderen'), 'bravo')).toEqual([
      'toegang',
      'tijdens-zorg',
    ]);
    expect(cell('werken', 'mantelzorgers').aanbieders).toEqual(['bravo', 'charlie']);
    expect(coverage.all().map((c) => coverageLevel(c))).toEqual([
      ...['geen', 'een', 'geen'], // wonen
      ...['geen', 'geen', 'meerdere'], // werken
      ...['een', 'meerdere', 'geen'], // inkomen-schulden
    ]);
  });

  it('prints the matrix, split by moment, and the general tasks', () => {
    const html = reportHtml(report());
    expect(html).toContain('Bravo (2, 3)');
    expect(html).toContain('Bravo (2)');
    expect(html).not.toContain('Alfa (');
    expect(html).toMatch(
      /Outreachend contact leggen[^]*?<td class="getal">✓<\/td>\s*<td class="getal">–<\/td>/,
    );
  });
});

describe('offers for everyone', () => {
  const withEveryone = () => report(kaartWithEveryone());

  it("count in every doelgroep's cell of their levensgebied, and in the column of residents who named none", () => {
    const { coverage } = withEveryone();
    const cell = (gebied: string, groep: string) => coverage.cell(gebied, groep)!;
    expect(cell('inkomen-schulden', 'mantelzorgers').aanbieders).toEqual(['delta', 'echo']);
    expect(cell('inkomen-schulden', 'lvb').aanbieders).toEqual(['alfa', 'bravo', 'delta', 'echo']);
    expect(cell('wonen', 'ouderen').aanbieders, 'a gap before, covered now').toEqual(['echo']);
    expect(coverage.momentsOf(cell('wonen', 'ouderen'), 'echo')).toEqual(['toegang']);
    expect(cell('werken', 'ouderen').aanbieders, 'no offer for everyone there').toEqual([]);
    expect(cell('inkomen-schulden', GEEN_DOELGROEP).aanbieders).toEqual(['delta', 'echo']);
    expect(coverage.all().map((c) => coverageLevel(c))).toEqual([
      ...['een', 'meerdere', 'een'], // wonen
      ...['geen', 'geen', 'meerdere'], // werken
      ...['meerdere', 'meerdere', 'meerdere'], // inkomen-schulden
    ]);
  });

  it('are no gap for anyone, so intakes without a doelgroep there are no open question', () => {
    const built = withEveryone();
    const row = built.demand.cells.get('inkomen-schulden|')!;
    expect(levelOf(built, row)).toBe('meerdere');
    expect(built.reflectie.vraagstukken).toEqual([{ soort: 'crisis', intakes: 2 }]);
    expect(built.reflectie.weinigAanbod.map((item) => `${item.levensgebied}|${item.doelgroep}`)).toEqual([
      'werken|ouderen',
      'werken|mantelzorgers',
    ]);
  });

  it('overlap among themselves once per levensgebied, not with the specialised offer in each cell', () => {
    expect(withEveryone().reflectie.overlap).toEqual([
      {
        levensgebied: 'inkomen-schulden',
        doelgroep: IEDEREEN,
        aanbieders: ['delta', 'echo'],
        momenten: ['toegang'],
        intakes: 13,
      },
      ...SPECIFIC_OVERLAPS,
    ]);
  });

  it('are marked in Schema 1, in the HTML and the CSV, and said as such in the overlap', () => {
    const built = withEveryone();
    const html = reportHtml(built).replace(/\s+/g, ' ');
    expect(html).toContain('<li>Delta (voor iedereen)</li>');
    expect(html).toContain('<li>Echo (2; voor iedereen)</li>');
    expect(html).toContain('Geld en schulden × Iedereen: Delta, Echo (moment 2); 13 intakes.');
    const csv = reportCsvFiles(built).get('schema1-dekking.csv')!;
    expect(csv).toContain(
      'Geld en schulden;Mantelzorgers;meerdere aanbieders;2;Delta (voor iedereen), Echo (voor iedereen);Delta;Delta, Echo;Delta',
    );
  });
});

describe('demand from the cases', () => {
  it('counts intakes per cell on the loket calendar, an intake in each of its cells', () => {
    const { demand } = report();
    expect(demand.intakes).toBe(34);
    expect(demand.outcomes).toEqual({ information: 11, handover: 8, gap: 8, crisis: 2, staff: 5 });
    const cell = (key: string) => demand.cells.get(key)!;
    expect(cell('inkomen-schulden|lvb')).toMatchObject({ intakes: 10, handovers: 8, signalen: 0 });
    expect([...cell('inkomen-schulden|lvb').naar]).toEqual([
      ['alfa', 6],
      ['bravo', 2],
    ]);
    expect(cell('wonen|lvb')).toMatchObject({ intakes: 7, handovers: 0 });
    expect(cell('werken|ouderen')).toMatchObject({ intakes: 6, signalen: 6 });
    expect(cell('inkomen-schulden|').intakes).toBe(3);
    expect(demand.geenDoelgroep).toBe(3);
  });

  it('counts handovers per provider by status, and those past their date', () => {
    const alfa = report().demand.providers.get('alfa')!;
    expect(alfa.perStatus).toEqual({
      nieuw: 1,
      geaccepteerd: 1,
      'contact-gelegd': 1,
      afgesloten: 2,
      teruggegeven: 1,
    });
    expect(alfa.teLaat).toBe(1);
    const bravo = report().demand.providers.get('bravo')!;
    expect(bravo.teLaat).toBe(0);
  });
});

describe('the reflection questions, answered', () => {
  it('finds little offer where residents asked, highest demand first', () => {
    const { reflectie } = report();
    expect(reflectie.weinigAanbod).toEqual([
      { levensgebied: 'wonen', doelgroep: 'lvb', intakes: 7, signalen: 0, aanbieders: ['alfa'] },
      { levensgebied: 'werken', doelgroep: 'ouderen', intakes: 6, signalen: 6, aanbieders: [] },
      {
        levensgebied: 'werken',
        doelgroep: 'mantelzorgers',
        moment: 'tijdens-zorg',
        intakes: 5,
        signalen: 0,
        aanbieders: [],
      },
    ]);
    // wonen × mantelzorgers: no provider, but only 2 intakes: counted, not named.
    expect(reflectie.weinigAanbodKlein).toBe(1);
  });

  it('finds overlap where providers share a moment', () => {
    expect(report().reflectie.overlap).toEqual(SPECIFIC_OVERLAPS);
  });

  it('finds where practice differs from the agreement, and stale kaart records', () => {
    const { reflectie } = report();
    expect(reflectie.verschillen).toEqual([
      { soort: 'teruggegeven', aanbieder: 'alfa', aantal: 1, cellen: ['inkomen-schulden|lvb'] },
      { soort: 'niet-geaccepteerd', aanbieder: 'alfa', aantal: 1, cellen: ['inkomen-schulden|lvb'] },
      { soort: 'teruggegeven', aanbieder: 'bravo', aantal: 1, cellen: ['inkomen-schulden|lvb'] },
      { soort: 'geen-overdracht', levensgebied: 'wonen', doelgroep: 'lvb', intakes: 7, aanbieders: ['alfa'] },
      {
        soort: 'geen-overdracht',
        levensgebied: 'werken',
        doelgroep: 'mantelzorgers',
        intakes: 5,
        aanbieders: ['bravo', 'charlie'],
      },
    ]);
    expect(reflectie.verouderd).toEqual([{ aanbieder: 'bravo', gecontroleerd: '2025-01-10', dagen: 683 }]);
    expect(reflectie.vraagstukken).toEqual([
      { soort: 'geen-doelgroep', intakes: 3, levensgebieden: ['inkomen-schulden'] },
      { soort: 'crisis', intakes: 2 },
    ]);
  });

  it('writes them as the tool asks them, in the HTML and the CSV alike', () => {
    const html = reportHtml(report()).replace(/\s+/g, ' ');
    const csv = reportCsvFiles(report()).get('reflectie.csv')!;
    for (const text of [
      'Er is weinig aanbod beschikbaar voor:',
      'Werk × Ouderen met achteruitgaande gezondheid: geen aanbieder; 6 intakes, 6 eindigden zonder passend aanbod.',
      'Verder 1 cel met weinig of geen aanbod',
      'Er bestaat overlap op:',
      'Geld en schulden × Licht verstandelijke beperking (LVB): Alfa, Bravo (moment 2); 10 intakes.',
      'Er zijn verschillen tussen afspraak en realisatie bij:',
      'Alfa nam <5 overdrachten niet aan vóór de beloofde datum (Geld en schulden × Licht verstandelijke beperking (LVB)).',
      'Bravo: voor het laatst nagekeken op 2025-01-10 (683 dagen geleden).',
      '<5 intakes noemden geen doelgroep (vooral Geld en schulden)',
    ]) {
      expect(html.replaceAll('&lt;', '<')).toContain(text);
      expect(csv).toContain(text);
    }
    expect(html).toContain('periode <strong>1 november 2026 t/m 24 november 2026</strong>');
    expect(html).toContain('versie <strong>2026.11</strong>');
  });
});

describe('small counts', () => {
  it('shows 1 to 4 as "<5", and hides a second part where a total would give a small one away', () => {
    expect([0, 1, 4, 5, 12].map(shownCount)).toEqual(['0', '<5', '<5', '5', '12']);
    expect(shownParts(8, [6, 2])).toEqual(['•', '<5']);
    expect(shownParts(17, [6, 2, 9])).toEqual(['•', '<5', '9']);
    expect(shownParts(4, [2, 2])).toEqual(['<5', '<5']);
    expect(shownParts(12, [6, 6])).toEqual(['6', '6']);
  });

  it('leaves no count under 5 in the report, in HTML or CSV', () => {
    const built = report();
    const html = reportHtml(built);
    // Alfa's 6 handovers beside Bravo's 2 in a cell of 8: Alfa's is hidden too.
    expect(html).toMatch(/Alfa •, Bravo &lt;5/);
    const cells = [...html.matchAll(/<td class="getal[^"]*">([^<]*)<\/td>/g)].map((match) => match[1]);
    expect(cells.length).toBeGreaterThan(50);
    for (const cell of cells) expect(['1', '2', '3', '4']).not.toContain(cell!.trim());
    for (const [name, csv] of reportCsvFiles(built)) {
      if (name.startsWith('schema')) continue; // numbers of providers, not of residents
      for (const field of csv.split(/[;\r\n]/))
        expect(['1', '2', '3', '4'], `${name}: ${field}`).not.toContain(field);
    }
  });
});

describe('the files', () => {
  it('is one self-contained HTML file that escapes what the kaart says', () => {
    const html = reportHtml(report());
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html).toContain('Charlie &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('@page { size: A4 landscape');
  });

  it('writes CSV as Dutch spreadsheets read it, with no formulas', () => {
    expect(
      csvFile(
        ['naam', 'aantal'],
        [
          ['=SOM(A1)', 5],
          ['a;b', '<5'],
        ],
      ),
    ).toBe('\uFEFFnaam;aantal\r\n\'=SOM(A1);5\r\n"a;b";<5\r\n');
    const files = reportCsvFiles(report());
    expect([...files.keys()]).toEqual([
      'schema1-dekking.csv',
      'schema2-taken.csv',
      'vraag-per-cel.csv',
      'overdrachten-per-aanbieder.csv',
      'uitkomsten.csv',
      'reflectie.csv',
    ]);
    expect(files.get('schema2-taken.csv')).toContain('Alfa;ja;ja;nee;nee');
    expect(files.get('vraag-per-cel.csv')).toContain(
      'Geld en schulden;Licht verstandelijke beperking (LVB);meerdere aanbieders;10;0;10;0;8;Alfa •, Bravo <5;0',
    );
  });
});

it('makes a complete report of an empty period, saying nothing was found', () => {
  const empty = coverageReport(smallKaart(), { intakes: [], signals: [], handovers: [] }, PERIOD, NOW);
  expect(empty.demand.intakes).toBe(0);
  expect(empty.reflectie.overlap).toHaveLength(2); // overlap is in the kaart, demand or not
  const html = reportHtml(empty);
  expect(html).toContain('Niets gevonden in deze periode.');
  expect(html).toContain('Bravo: voor het laatst nagekeken op 2025-01-10');
});

describe('the period', () => {
  it('defaults to the year up to today, and refuses what is not a period without failing', () => {
    expect(periodFrom(undefined, undefined, NOW, 365)).toEqual({ from: '2025-11-25', to: '2026-11-24' });
    expect(periodFrom('2026-11-01', undefined, NOW, 365)).toEqual({ from: '2026-11-01', to: '2026-11-24' });
    for (const [from, to] of [
      ['2026-02-30', '2026-03-01'],
      [undefined, '2026-13-45'],
      ['2026-11-24', '2026-11-01'],
      ['2025-01-01', '2026-11-24'],
      ['gisteren', undefined],
    ]) {
      expect(periodFrom(from, to, NOW, 365), `${from} ${to}`).toHaveProperty('error');
    }
  });
});

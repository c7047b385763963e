import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newCase } from '../../bot/intake/intakeCase.js';
import { matchingAanbieders } from '../../bot/intake/matchProviders.js';
import {
  LEVENSGEBIED_IDS,
  MOMENT_IDS,
  type LevensgebiedId,
  type SocialeKaart,
} from '../../bot/kaart/schema.js';
import { HANDOVER_STATUSES, type Handover, type IntakeRecord } from '../../bot/storage/records.js';
import { lowdbRepository } from '../../bot/storage/lowdbRepository.js';
import type { Repository } from '../../bot/storage/repository.js';
import { sampleKaart } from './sampleKaart.js';

/** A small seeded generator (mulberry32): the same seed gives the same residents. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Debts, care at home and housing are what most residents bring to a loket.
const WEIGHTS: Partial<Record<LevensgebiedId, number>> = {
  'inkomen-schulden': 8,
  'zorg-wmo': 5,
  wonen: 4,
  'zorg-ouderen-gehandicapten-ggz': 4,
  werken: 3,
  participatie: 2,
  opvoeding: 2,
  jeugdzorg: 2,
};

/**
 * Writes `count` simulated intakes over the last 180 days into a repository, as the bot would
 * have recorded them: outcomes follow the kaart's coverage (a handover only where a provider
 * covers the cell, a gap signal where none does), a quarter of the residents without consent,
 * and the providers' handovers in every status. For the report's demonstration and its
 * browser test, never for the figures a municipality reads.
 */
export async function simulateDemand(
  repository: Repository,
  kaart: SocialeKaart,
  count: number,
  now: Date,
  seed = 7,
) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] ?? items[0]!;
  const gebieden = LEVENSGEBIED_IDS.flatMap((id) => Array<LevensgebiedId>(WEIGHTS[id] ?? 1).fill(id));
  for (let index = 0; index < count; index++) {
    const at = new Date(now.getTime() - Math.floor(next() * 180 * 86_400_000));
    const id = randomUUID();
    if (next() < 0.03) {
      await repository.intakes.put(id, tally(id, at, 'crisis', [], [], []));
      continue;
    }
    const levensgebieden = [...new Set(next() < 0.2 ? [pick(gebieden), pick(gebieden)] : [pick(gebieden)])];
    const doelgroepen = next() < 0.12 ? [] : [pick(kaart.doelgroepen).id];
    const moment = next() < 0.85 ? pick(MOMENT_IDS) : undefined;
    const when = moment ? { moment } : {};
    const intake = { ...newCase(id, at), levensgebieden, doelgroepen, ...when };
    const [aanbieder] = matchingAanbieders(kaart, intake);
    const consent = next() < 0.75;
    const roll = next();
    if (!aanbieder) {
      const outcome = roll < 0.7 ? 'gap' : roll < 0.9 ? 'information' : 'staff';
      if (outcome === 'gap')
        await repository.signals.put(randomUUID(), {
          id,
          createdAt: at.toISOString(),
          levensgebieden,
          doelgroepen,
        });
      await repository.intakes.put(id, {
        ...tally(id, at, outcome, levensgebieden, doelgroepen, []),
        ...when,
      });
      continue;
    }
    if (roll < 0.4 && consent) {
      const reference = `WW-S${String(index).padStart(5, '0')}`;
      await repository.handovers.put(
        reference,
        handover(reference, at, aanbieder.id, levensgebieden, doelgroepen, pick(HANDOVER_STATUSES)),
      );
      await repository.intakes.put(id, {
        ...tally(id, at, 'handover', levensgebieden, doelgroepen, [aanbieder.id]),
        ...when,
        reference,
      });
      continue;
    }
    const outcome = roll < 0.85 ? 'information' : 'staff';
    await repository.intakes.put(id, { ...tally(id, at, outcome, levensgebieden, doelgroepen, []), ...when });
  }
}

function tally(
  id: string,
  at: Date,
  outcome: IntakeRecord['outcome'],
  levensgebieden: LevensgebiedId[],
  doelgroepen: string[],
  aanbieders: string[],
): IntakeRecord {
  return { id, createdAt: at.toISOString(), outcome, levensgebieden, doelgroepen, aanbieders, contacts: 1 };
}

function handover(
  reference: string,
  at: Date,
  aanbieder: string,
  levensgebieden: LevensgebiedId[],
  doelgroepen: string[],
  status: Handover['status'],
): Handover {
  const uiterlijk = new Date(at.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
  return {
    reference,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    status,
    aanbieder,
    reactieBinnenWerkdagen: 3,
    contactUiterlijk: uiterlijk,
    taal: 'nl',
    contact: { soort: 'telefoon', waarde: '0612345678' },
    contactmoment: 'maakt-niet-uit',
    vraag: '(gesimuleerd)',
    levensgebieden,
    doelgroepen,
    voorWie: 'zelf',
    resident: { user: `simulated/users/${reference}`, conversations: [] },
    ...(status === 'teruggegeven' ? { reden: 'Past niet bij ons aanbod' } : {}),
  };
}

// `npx tsx tests/support/simulatedDemand.ts <data dir> [count]`: fills a data directory for a demonstration.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count = '300'] = process.argv.slice(2);
  if (!dir) throw new Error('usage: simulatedDemand.ts <data dir> [count]');
  await simulateDemand(lowdbRepository(dir), sampleKaart(), Number(count), new Date());
  console.log(`${count} gesimuleerde intakes in ${dir}`);
}

import { parseArgs } from 'node:util';
import { configFrom } from '../config.js';
import { lowdbRepository } from '../storage/lowdbRepository.js';
import {
  MIN_PASSWORD_LENGTH,
  STAFF_ROLES,
  type StaffRole,
  USERNAME,
  hashPassword,
} from '../staff/staffAccount.js';
import { kaartFileFrom, loadKaartReporting } from './cliKaart.js';
import { readPassword } from './readPassword.js';

function accounts() {
  return lowdbRepository(configFrom(process.env).dataDir).staff;
}

/**
 * `wegwijzer staff add <gebruikersnaam> --role R [--name "Naam"] [--aanbieder id]`: the
 * password is read from the terminal (twice, not shown) or from the first line of stdin, never
 * from the command line, where it would end up in the shell's history.
 */
export async function staffAddCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, aanbieder: { type: 'string' } },
  });
  const username = positionals[0]?.trim().toLowerCase() ?? '';
  const role = STAFF_ROLES.find((known) => known === values.role);
  if (!USERNAME.test(username)) {
    console.error('wegwijzer staff add: een gebruikersnaam van 2 tot 40 tekens: a-z, 0-9, punt, streepje');
    return 2;
  }
  if (!role) {
    console.error(`wegwijzer staff add: --role moet een van ${STAFF_ROLES.join(', ')} zijn`);
    return 2;
  }
  const aanbieder = await checkedAanbieder(role, values.aanbieder);
  if (aanbieder === null) return 2;
  const password = await readPassword();
  if (password === undefined) return 2;
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`wegwijzer staff add: een wachtwoord heeft ten minste ${MIN_PASSWORD_LENGTH} tekens`);
    return 2;
  }
  const existed = (await accounts().get(username)) !== undefined;
  await accounts().put(username, {
    username,
    naam: values.name?.trim() || username,
    role,
    ...(aanbieder ? { aanbieder } : {}),
    passwordHash: await hashPassword(password),
    createdAt: new Date().toISOString(),
  });
  console.log(
    `${existed ? 'Bijgewerkt' : 'Toegevoegd'}: ${username} (${role}${aanbieder ? `, ${aanbieder}` : ''})`,
  );
  return 0;
}

/** An ondersteuner needs a provider from the kaart; other roles have none. Null: refused. */
async function checkedAanbieder(
  role: StaffRole,
  aanbieder: string | undefined,
): Promise<string | undefined | null> {
  if (role !== 'ondersteuner') {
    if (aanbieder) console.error('wegwijzer staff add: alleen een ondersteuner hoort bij een aanbieder');
    return aanbieder ? null : undefined;
  }
  const kaart = loadKaartReporting(kaartFileFrom(undefined));
  const known = kaart?.aanbieders.map((item) => item.id) ?? [];
  if (!aanbieder || !known.includes(aanbieder)) {
    console.error(
      `wegwijzer staff add: --aanbieder moet een aanbieder uit de kaart zijn: ${known.join(', ')}`,
    );
    return null;
  }
  return aanbieder;
}

/** `wegwijzer staff remove <gebruikersnaam>`: the account and, at its next request, its sessions go. */
export async function staffRemoveCommand(args: string[]): Promise<number> {
  const username = args[0]?.trim().toLowerCase() ?? '';
  if (!(await accounts().get(username))) {
    console.error(`wegwijzer staff remove: geen account "${username}"`);
    return 1;
  }
  await accounts().delete(username);
  console.log(`Verwijderd: ${username}`);
  return 0;
}

/** `wegwijzer staff list`: the accounts, without their hashes. */
export async function staffListCommand(): Promise<number> {
  const all = (await accounts().all()).sort((a, b) => a.username.localeCompare(b.username));
  if (all.length === 0)
    console.log('Geen accounts. Voeg er een toe met: wegwijzer staff add <naam> --role loket');
  for (const account of all) {
    console.log([account.username, account.role, account.aanbieder ?? '-', account.naam].join('\t'));
  }
  return 0;
}

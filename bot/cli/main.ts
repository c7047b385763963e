#!/usr/bin/env node
import { analyseCommand } from './analyseCommand.js';
import { dataEraseCommand, overdrachtenCommand } from './dataCommands.js';
import { kaartCheckCommand, kaartTestCommand } from './kaartCommands.js';
import { kaartReportCommand } from './reportCommand.js';
import { staffAddCommand, staffListCommand, staffRemoveCommand } from './staffCommands.js';
import { teamsPackageCommand } from './teamsCommand.js';
import { USAGE } from './usage.js';

/** The `wegwijzer` command: kaart checks, the analyser, handovers, erasure, staff accounts and the Teams package. */
async function main(args: string[]): Promise<number> {
  const [command, subcommand, ...rest] = args;
  if (command === 'kaart' && subcommand === 'check') return kaartCheckCommand(rest);
  if (command === 'kaart' && subcommand === 'test') return kaartTestCommand(rest);
  if (command === 'kaart' && subcommand === 'report') return kaartReportCommand(rest);
  if (command === 'analyse') return analyseCommand(args.slice(1));
  if (command === 'data' && subcommand === 'erase') return dataEraseCommand(rest);
  if (command === 'overdrachten') return overdrachtenCommand(args.slice(1));
  if (command === 'staff' && subcommand === 'add') return staffAddCommand(rest);
  if (command === 'staff' && subcommand === 'remove') return staffRemoveCommand(rest);
  if (command === 'staff' && subcommand === 'list') return staffListCommand();
  if (command === 'teams' && subcommand === 'package') return teamsPackageCommand(rest);
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  console.error(`wegwijzer: onbekende opdracht "${args.join(' ')}"\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));

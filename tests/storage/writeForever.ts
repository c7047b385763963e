import { DocumentFolder } from '../../bot/storage/documentFolder.js';

// Fixture for the crash test: rewrites a few documents as fast as it can until it is killed.
const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: writeForever.ts <dir>');
const folder = new DocumentFolder<{ turn: number; padding: string }>(dir);
const padding = 'x'.repeat(200_000);
process.stdout.write('writing\n');
for (let turn = 0; ; turn++) {
  await Promise.all([folder.put('a', { turn, padding }), folder.put('b', { turn, padding })]);
}

import { DocumentFolder } from '../../bot/storage/documentFolder.js';

// Fixture for the crash test: rewrites two documents as fast as it can until it is killed.
const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: writeForever.ts <dir>');
const folder = new DocumentFolder<{ turn: number; text: string }>(dir);
const text = (id: string) => `text of ${id} `.repeat(20_000);
process.stdout.write('writing\n');
for (let turn = 0; ; turn++) {
  await Promise.all([folder.put('a', { turn, text: text('a') }), folder.put('b', { turn, text: text('b') })]);
}

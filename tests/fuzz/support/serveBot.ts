/**
 * A Wegwijzer server in a process of its own, for the fuzz suite: started as the tests' startBot
 * starts it, on DATA_DIR, on a free loopback port. A crash then ends this process, and the suite
 * sees a dead server instead of a dead test runner.
 */
const { DATA_DIR: dataDir, SERVER_TMPDIR: tmpDir } = process.env;
if (!dataDir || !tmpDir) {
  process.stderr.write('serveBot: set DATA_DIR and SERVER_TMPDIR\n');
  process.exit(2);
}
// The server's own temp folder, where the suite looks for files a request left behind. Set only
// now: tsx, loaded before this file, keeps its compile cache in the machine's temp folder.
process.env.TMPDIR = tmpDir;
const { createLog } = await import('../../../bot/log.js');
const { startBot } = await import('../../support/botServer.js');

// warn and error only: they carry no message text, and say why a case failed.
// One trusted proxy hop: each request names a client of its own (see clientAddresses.ts).
const bot = await startBot(dataDir, createLog('warn'), { trustProxy: 1 });
process.stdout.write(`${JSON.stringify({ base: bot.base })}\n`);
// The suite holds this pipe open; when it closes, the suite is gone and the server goes too.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

// A module, for the awaits above.
export {};

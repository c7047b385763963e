/**
 * A new password: typed twice at a terminal without being shown, or the first line of stdin
 * when it is piped (scripts, tests). Undefined when the two typed ones differ or none came.
 */
export async function readPassword(): Promise<string | undefined> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    const line = text.split(/\r?\n/)[0] ?? '';
    if (!line) console.error('wegwijzer: geef het wachtwoord op de eerste regel van stdin');
    return line || undefined;
  }
  const first = await hiddenLine('Wachtwoord: ');
  const second = await hiddenLine('Nog een keer: ');
  if (first !== second) {
    console.error('wegwijzer: de twee wachtwoorden zijn niet gelijk');
    return undefined;
  }
  return first;
}

function hiddenLine(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const input = process.stdin;
    process.stdout.write(prompt);
    input.setRawMode(true);
    input.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        if (character === '\u0003') process.exit(130);
        typed = character === '\u007f' ? typed.slice(0, -1) : typed + character;
      }
    };
    input.on('data', onData);
  });
}

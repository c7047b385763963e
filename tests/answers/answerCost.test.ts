import { describe, expect, it } from 'vitest';
import { MAX_REPLY_CHARS } from '../../bot/answers/replyTokens.js';
import { reader } from './reader.js';

const readAll = (text: string) => {
  reader.yesNo(text);
  reader.voorWie(text);
  reader.voorWieIn(text);
  reader.moment(text);
  reader.contactmoment(text);
  reader.aanbieder(text, [{ id: 'mee', naam: 'MEE Voorbeeld' }]);
  reader.asksForPerson(text);
  reader.asksBack(text);
  reader.meetlatIn(text);
};

describe('AnswerReader: the cost of a reply', () => {
  it('reads only the start of a long message', () => {
    const padding = 'ik heb een vraag over mijn brief. '.repeat(40);
    expect(padding.length).toBeGreaterThan(MAX_REPLY_CHARS);
    expect(reader.asksForPerson(`ik wil een echt mens spreken. ${padding}`)).toBe(true);
    expect(reader.asksForPerson(`${padding} ik wil een echt mens spreken.`)).toBe(false);
  });

  it.each([
    ['a pasted 400 kB message', 'ik weet het niet meer wat moet ik doen '.repeat(10_000)],
    ['one 400 kB word', 'a'.repeat(400_000)],
    ['400 kB of signs', '?!,.-'.repeat(80_000)],
    ['gaps everywhere', 'grip grip grip niet niet '.repeat(16_000)],
  ])('%s is read in a few milliseconds', (_name, text) => {
    readAll(text);
    const started = performance.now();
    for (let i = 0; i < 10; i++) readAll(text);
    expect((performance.now() - started) / 10).toBeLessThan(50);
  });
});

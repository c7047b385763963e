import { describe, expect, it } from 'vitest';
import { reader } from './reader.js';

describe('AnswerReader.meetlatIn', () => {
  it.each([
    ['ik weet het niet meer', { regieKwijt: 'ja' }],
    ['ik kan het niet meer aan', { regieKwijt: 'ja' }],
    ['alles loopt in de soep sinds mijn man weg is', { regieKwijt: 'ja' }],
    ["I can't cope anymore", { regieKwijt: 'ja' }],
    ['ik ben de grip helemaal kwijt', { regieKwijt: 'ja' }],
    ['ik ben de grip niet kwijt', { regieKwijt: 'nee' }],
    ['ik sta er alleen voor', { netwerk: 'nee' }],
    ['niemand helpt me', { netwerk: 'nee' }],
    ['I have nobody', { netwerk: 'nee' }],
    ['mijn dochter helpt me wel', { netwerk: 'ja' }],
    ['my son helps me with the shopping', { netwerk: 'ja' }],
    ['dat kan ik zelf wel', { zelf: 'ja' }],
    ['ik snap het niet', { zelf: 'nee' }],
    ['dat lukt me niet alleen', { zelf: 'nee' }],
    ['ik snap de brief niet en ik sta er alleen voor', { zelf: 'nee', netwerk: 'nee' }],
    ['ik heb geen werk en ik kan het niet meer aan', { regieKwijt: 'ja' }],
    ['ik weet het echt niet meer', { regieKwijt: 'ja' }],
    ['het wordt me allemaal te veel', { regieKwijt: 'ja' }],
    ['mijn buurvrouw helpt soms', { netwerk: 'deels' }],
    ['my sister helps me a bit on weekends', { netwerk: 'deels' }],
    ["I can't manage this on my own", { zelf: 'nee' }],
    ['soms lukt het me zelf, soms niet', { zelf: 'deels' }],
    ['ik kan dit niet zelf uitzoeken en er is niemand', { zelf: 'nee', netwerk: 'nee' }],
  ])('%s → %j', (text, expected) => {
    expect(reader.meetlatIn(text)).toEqual(expected);
  });

  it.each([
    ['mijn dochter helpt me niet meer'],
    ['ik heb schulden'],
    ['mijn vader kan niet meer alleen wonen'],
    ['het is niet zo dat alles in de soep loopt'],
  ])('%s answers nothing', (text) => {
    expect(reader.meetlatIn(text)).toEqual({});
  });
});

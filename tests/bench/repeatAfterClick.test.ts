import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConversation } from '../../bench/gesprek/conversation.js';
import type { ScriptedResident } from '../../bench/gesprek/residentFile.js';

// The real bot asks nothing twice after a click today, so a stand-in over the same protocol
// does: it asks "moment" again after the first click on it, and ends after a second answer.
const MOMENT_BUTTONS = [
  { type: 'messageBack', title: 'Hulp aanvragen', text: 'Hulp aanvragen', value: { choice: 'toegang' } },
];
const question = {
  type: 'message',
  text: 'Waar staat u nu?',
  channelData: { wegwijzer: { step: 'moment' } },
  suggestedActions: { actions: MOMENT_BUTTONS },
};
const outcome = {
  type: 'message',
  text: 'Dank u.',
  channelData: { wegwijzer: { outcome: { type: 'information', providers: [] } } },
};

const resident: ScriptedResident = {
  id: 'nl-99-herhaling',
  taal: 'nl',
  stijl: 'klikt',
  beschrijving: 'Klikt, en krijgt dezelfde vraag nog eens',
  verwacht: { uitkomst: 'information' },
  opening: 'Hallo',
  antwoorden: { moment: { klik: ['aanvragen'] } },
};

describe('repeats after a click', () => {
  let base: string;
  const bodies: Record<string, unknown>[] = [];
  const server = createServer((request, response) => {
    let data = '';
    request.on('data', (chunk: Buffer) => (data += chunk.toString()));
    request.on('end', () => {
      const body = JSON.parse(data) as Record<string, unknown>;
      bodies.push(body);
      const clicks = bodies.filter((sent) => sent.value !== undefined).length;
      const activities = body.type !== 'message' ? [] : clicks < 2 ? [question] : [outcome];
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ activities }));
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('counts the step asked again right after its button was clicked, and clicks as Web Chat does', async () => {
    const result = await runConversation(base, resident);
    expect(result.repeatsAfterClick).toEqual(['moment']);
    expect(result.steps).toEqual(['moment', 'moment']);
    expect(result.turns).toBe(3);
    expect(result.right).toBe(true);
    expect(bodies.at(-1)).toMatchObject({
      type: 'message',
      text: 'Hulp aanvragen',
      value: { choice: 'toegang' },
      channelData: { messageBack: { displayText: 'Hulp aanvragen' } },
    });
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity, Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { loadTaal } from '../../bot/analyser/taal.js';
import { createBot } from '../../bot/createBot.js';
import { newCase } from '../../bot/intake/intakeCase.js';
import { KaartStore } from '../../bot/kaart/kaartStore.js';
import { silentLog } from '../../bot/log.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../../bot/paths.js';
import { MainDialog } from '../../dialogs/mainDialog.js';
import { MESSAGES } from '../support/botServer.js';

/** The main dialog under botbuilder-testing's DialogTestClient, on a given channel. */
function client(channelId: string): DialogTestClient {
  const kaartStore = KaartStore.open(SAMPLE_KAART_FILE, { taal: loadTaal(TAAL_FILE) });
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijzer-dialog-'));
  const { deps, conversationState, userState } = createBot({
    kaartStore,
    messages: MESSAGES,
    dataDir,
    retentionDays: 90,
    log: silentLog,
  });
  // What WegwijzerBot does before it runs the dialog: state for this conversation and resident.
  const seedState: Middleware = {
    onTurn: async (context, next) => {
      await deps.gesprek.get(context, { taal: 'nl', case: newCase('test-case', new Date()) });
      await deps.bewoner.get(context, { contacts: 1, conversationKeys: [] });
      await next();
      await userState.saveChanges(context);
    },
  };
  return new DialogTestClient(channelId, new MainDialog(deps), undefined, [seedState], conversationState);
}

/** A table of turns: what the resident sends, and the step id each reply must end on. */
async function table(
  testClient: DialogTestClient,
  turns: [string | Partial<Activity>, (replies: Partial<Activity>[]) => void][],
) {
  for (const [input, check] of turns) {
    const replies: Partial<Activity>[] = [await testClient.sendActivity(input)];
    for (let reply = testClient.getNextReply(); reply; reply = testClient.getNextReply()) replies.push(reply);
    check(replies.filter((reply) => reply.type === 'message'));
  }
}

const step = (replies: Partial<Activity>[]) => replies.at(-1)?.channelData?.wegwijzer?.step;

describe('MainDialog (botbuilder-testing)', () => {
  it('answers a crisis in the very first message with the help line, before the welcome', async () => {
    await table(client('webchat'), [
      [
        'Ik wil dood, ik zie het niet meer zitten',
        (replies) => {
          expect(replies[0]?.channelData?.wegwijzer?.outcome?.type).toBe('crisis');
          expect(replies[0]?.text).toContain('113');
          expect(step(replies)).toBe('persoon');
        },
      ],
      [
        'nee',
        (replies) => {
          expect(replies.map((reply) => reply.text).join()).toContain('Hallo! Ik ben Wegwijzer');
          expect(step(replies)).toBe('consent');
        },
      ],
    ]);
  });

  it('renders choices in Teams as a hero card whose buttons send ids, not display text', async () => {
    await table(client('msteams'), [
      [
        'hallo',
        (replies) => {
          const card = replies.at(-1)?.attachments?.[0];
          expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
          const buttons: { title: string; value: { choice: string } }[] = card?.content.buttons ?? [];
          expect(buttons.map((button) => button.value.choice)).toEqual(['yes', 'no']);
          expect(buttons[0]?.title).toBe('Ja, dat mag');
        },
      ],
      [
        { type: 'message', text: 'Ja, dat mag', value: { choice: 'yes' } },
        (replies) => expect(step(replies)).toBe('question'),
      ],
    ]);
  });
});

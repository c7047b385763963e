import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Activity, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BotPerTest } from '../support/botPerTest.js';
import { DocumentFolder } from '../../bot/storage/documentFolder.js';
import { LowdbStorage } from '../../bot/storage/lowdbStorage.js';
import { TrackedConversationState, TrackedUserState } from '../../bot/storage/trackedState.js';
import { TransientStorage } from '../../bot/storage/transientStorage.js';
import { MESSAGES, Resident } from '../support/botServer.js';
import { play } from '../support/turnTable.js';

const activity: Partial<Activity> = {
  type: 'message',
  text: 'hallo',
  channelId: 'webchat',
  from: { id: 'resident-1', name: '' },
  recipient: { id: 'wegwijzer', name: '' },
  conversation: { id: 'conv-1', name: '', isGroup: false, conversationType: 'personal' },
};
const newTurn = () => new TurnContext(new TestAdapter(), { ...activity });

/** Two Wegwijzer processes on one data folder: each with its own storage, cache and queue. */
function twoProcesses() {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-stale-'));
  return [new LowdbStorage(dir, { cached: 10 }), new LowdbStorage(dir, { cached: 10 })] as const;
}

describe('state written by another process during a turn', () => {
  it('makes the stale conversation write fail, and keeps what the other process wrote', async () => {
    const [one, other] = twoProcesses();
    const [stateOne, stateOther] = [new TrackedConversationState(one), new TrackedConversationState(other)];
    const [lineOne, lineOther] = [
      stateOne.createProperty<string[]>('lines'),
      stateOther.createProperty<string[]>('lines'),
    ];
    const first = newTurn();
    await lineOne.set(first, ['welkom']);
    await stateOne.saveChanges(first);

    const slow = newTurn();
    const lines = await lineOne.get(slow, []);
    const quick = newTurn();
    await lineOther.set(quick, [...(await lineOther.get(quick, [])), 'antwoord van het andere proces']);
    await stateOther.saveChanges(quick);
    lines.push('antwoord van dit proces');
    await expect(stateOne.saveChanges(slow)).rejects.toThrow(/eTag/);

    const reread = newTurn();
    expect(await lineOne.get(reread)).toEqual(['welkom', 'antwoord van het andere proces']);
  });

  it('is checked the same way in the memory that holds residents without consent', async () => {
    const memory = new TransientStorage();
    const [stateOne, stateOther] = [new TrackedUserState(memory), new TrackedUserState(memory)];
    const contacts = stateOne.createProperty<number>('contacts');
    const otherContacts = stateOther.createProperty<number>('contacts');
    const first = newTurn();
    await contacts.set(first, 1);
    await stateOne.saveChanges(first);
    const slow = newTurn();
    await contacts.get(slow);
    const quick = newTurn();
    await otherContacts.set(quick, 2);
    await stateOther.saveChanges(quick);
    await contacts.set(slow, 5);
    await expect(stateOne.saveChanges(slow)).rejects.toThrow(/eTag/);
  });
});

describe('a conversation another process wrote while this one answered it', () => {
  const bots = new BotPerTest();
  const running = bots.running;

  it('is not overwritten: the resident is told their message was not saved', async () => {
    // The other process writes between this turn's read and its save: on the turn's second
    // look at the clock, which comes after the state is read (it dates the transcript lines).
    let meanwhile: (() => void) | undefined;
    let looks = 0;
    const clock = () => {
      looks += 1;
      if (meanwhile && looks === 2) {
        meanwhile();
        meanwhile = undefined;
      }
      return new Date();
    };
    await bots.start(undefined, undefined, { now: clock });
    const resident = new Resident(running, 'stale-user', 'stale-conv');
    await play(resident, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
    ]);
    const file = join(
      running().dataDir,
      'state',
      DocumentFolder.fileName('webchat/conversations/stale-conv/'),
    );
    const otherProcess = () => {
      const stored = JSON.parse(readFileSync(file, 'utf8'));
      stored.gesprek.transcript.push({
        at: new Date().toISOString(),
        from: 'bot',
        text: 'van het andere proces',
      });
      writeFileSync(file, JSON.stringify({ ...stored, eTag: 'other-process' }));
    };
    meanwhile = otherProcess;
    looks = 0;
    const replies = await resident.say('Ik heb veel schulden en red het niet meer');
    expect(meanwhile, 'the other process wrote during the turn').toBeUndefined();
    expect(replies.at(-1)?.text).toBe(MESSAGES.text('nl', 'fout.opslaan', { telefoon: '14 0123' }));
    expect(readFileSync(file, 'utf8')).toContain('van het andere proces');
    // Not a fault of the disk: /healthz stays well.
    expect((await fetch(`${running().base}/healthz`)).status).toBe(200);
  });
});

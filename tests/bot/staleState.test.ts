import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Activity, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { LowdbStorage } from '../../bot/storage/lowdbStorage.js';
import { TrackedConversationState, TrackedUserState } from '../../bot/storage/trackedState.js';
import { TransientStorage } from '../../bot/storage/transientStorage.js';

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

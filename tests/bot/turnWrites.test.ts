import { TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { turnWritesDone, writeDuringTurn } from '../../bot/turnWrites.js';

const newTurn = () => new TurnContext(new TestAdapter(), { type: 'message', text: 'hallo' });

describe('writes alongside the turn', () => {
  it('ends the turn only when every write is done', async () => {
    const context = newTurn();
    let written = false;
    writeDuringTurn(
      context,
      new Promise<void>((resolve) => setTimeout(() => resolve(void (written = true)), 20)),
    );
    await turnWritesDone(context);
    expect(written).toBe(true);
  });

  it('fails the turn when a write fails', async () => {
    const context = newTurn();
    writeDuringTurn(context, Promise.resolve());
    writeDuringTurn(context, Promise.reject(new Error('disk full')));
    await expect(turnWritesDone(context)).rejects.toThrow('disk full');
  });

  it('has nothing to wait for in a turn without writes', async () => {
    await expect(turnWritesDone(newTurn())).resolves.toBeUndefined();
  });
});

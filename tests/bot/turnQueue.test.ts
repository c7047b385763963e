import { describe, expect, it } from 'vitest';
import { TurnQueue } from '../../bot/turnQueue.js';

/** A turn that runs until the test opens its gate. */
function gated() {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { open, turn: () => gate };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('the turn queue', () => {
  it('runs the turns of one conversation one after another, in the order they came', async () => {
    const queue = new TurnQueue();
    const first = gated();
    const order: string[] = [];
    const running = queue.run(['conv-a'], async () => {
      order.push('first starts');
      await first.turn();
      order.push('first ends');
    });
    const next = queue.run(['conv-a'], async () => void order.push('second'));
    const last = queue.run(['conv-a'], async () => void order.push('third'));
    await settled();
    expect(order).toEqual(['first starts']);
    first.open();
    await Promise.all([running, next, last]);
    expect(order).toEqual(['first starts', 'first ends', 'second', 'third']);
  });

  it('lets another conversation go on while one waits', async () => {
    const queue = new TurnQueue();
    const slow = gated();
    const blocked = queue.run(['conv-a'], slow.turn);
    await expect(queue.run(['conv-b'], async () => 'answered')).resolves.toBe('answered');
    slow.open();
    await blocked;
  });

  it('holds a resident in two conversations to one turn at a time too', async () => {
    const queue = new TurnQueue();
    const slow = gated();
    const order: string[] = [];
    const first = queue.run(['conv-a', 'user-1'], async () => {
      await slow.turn();
      order.push('conv-a');
    });
    const second = queue.run(['conv-b', 'user-1'], async () => void order.push('conv-b'));
    await settled();
    expect(order).toEqual([]);
    slow.open();
    await Promise.all([first, second]);
    expect(order).toEqual(['conv-a', 'conv-b']);
  });

  it('refuses a turn when too many wait in its conversation, or in all', async () => {
    const queue = new TurnQueue({ perKey: 2, total: 3 });
    const slow = gated();
    const turns = [
      queue.run(['conv-a'], slow.turn),
      queue.run(['conv-a'], slow.turn),
      queue.run(['conv-a'], slow.turn),
    ];
    expect(queue.run(['conv-a'], slow.turn)).toBeUndefined();
    turns.push(queue.run(['conv-b'], slow.turn), queue.run(['conv-b'], slow.turn));
    expect(queue.run(['conv-b'], slow.turn)).toBeUndefined();
    expect(queue.run(['conv-c'], slow.turn)).toBeDefined();
    slow.open();
    await Promise.all(turns);
  });

  it('goes on after a failed turn, and forgets conversations without turns', async () => {
    const queue = new TurnQueue();
    const failed = queue.run(['conv-a'], async () => {
      throw new Error('disk full');
    });
    const next = queue.run(['conv-a'], async () => 'answered');
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('answered');
    expect(queue.size).toBe(0);
  });
});

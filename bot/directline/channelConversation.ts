/** An activity as the channel keeps it: plain JSON, shown to the client as it is. */
export type ChannelActivity = { type: string } & Record<string, unknown>;

/** Activities a conversation keeps for its client; older ones are dropped, the watermark keeps counting. */
export const KEPT_ACTIVITIES = 500;

/**
 * One local Direct Line conversation: the activities its client may read, in order. The
 * watermark is the number of activities ever added, so a client that asks "after 12" gets
 * exactly what it has not seen, even after old activities were dropped.
 */
export class ChannelConversation {
  private readonly activities: ChannelActivity[] = [];
  private readonly listeners = new Set<(activity: ChannelActivity, watermark: number) => void>();
  private dropped = 0;
  private sequence = 0;
  lastActive: Date;

  constructor(
    readonly id: string,
    readonly userId: string,
    now: Date,
  ) {
    this.lastActive = now;
  }

  /** Gives the activity its id and timestamp, keeps it for the client, and returns the id. */
  add(activity: ChannelActivity, now: Date): string {
    const id = `${this.id}|${String(this.sequence++).padStart(7, '0')}`;
    // The bot's serviceUrl is the channel's own secret address: clients never see it.
    const visible: ChannelActivity = { ...activity, id, timestamp: now.toISOString() };
    delete visible.serviceUrl;
    this.activities.push(visible);
    if (this.activities.length > KEPT_ACTIVITIES) {
      this.activities.shift();
      this.dropped++;
    }
    this.lastActive = now;
    for (const listener of this.listeners) listener(visible, this.watermark);
    return id;
  }

  /** Calls `listener` with every activity added from now on; returns the way to stop. */
  subscribe(listener: (activity: ChannelActivity, watermark: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get watermark(): number {
    return this.dropped + this.activities.length;
  }

  /** The activities after `watermark` (all of them when it is absent or not a number). */
  since(watermark: number | undefined): ChannelActivity[] {
    const from = watermark === undefined || !Number.isInteger(watermark) ? 0 : watermark - this.dropped;
    return this.activities.slice(Math.max(0, from));
  }
}

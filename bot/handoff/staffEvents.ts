/** What changed, for the consoles that show it. Ids only: each console fetches what its role may see. */
export type StaffEvent =
  | { type: 'queue' }
  | { type: 'handoff'; id: string }
  | { type: 'handover'; aanbieder: string; reference: string };

type Listener = (event: StaffEvent) => void;

/** A small in-process publish/subscribe between the bot, the staff API and the live consoles. */
export class StaffEvents {
  private readonly listeners = new Set<Listener>();

  publish(event: StaffEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

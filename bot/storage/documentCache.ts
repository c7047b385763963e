/**
 * The JSON of recently used documents, least recently used out first. An entry is current while
 * its file has the size and modification time it had when this process read or wrote it.
 */
export class DocumentCache {
  private readonly entries = new Map<string, { json: string; size: number; mtimeMs: number }>();

  constructor(private readonly capacity: number) {}

  get enabled(): boolean {
    return this.capacity > 0;
  }

  get(id: string): string | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.json;
  }

  isCurrent(id: string, size: number, mtimeMs: number): boolean {
    const entry = this.entries.get(id);
    return entry !== undefined && entry.size === size && entry.mtimeMs === mtimeMs;
  }

  set(id: string, json: string, mtimeMs: number): void {
    if (!this.enabled) return;
    this.entries.delete(id);
    this.entries.set(id, { json, size: Buffer.byteLength(json), mtimeMs });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value ?? '');
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}

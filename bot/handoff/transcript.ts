import type { Activity } from 'botbuilder';

/** Who said a line of the conversation, as the loket reads it back. */
export type Spreker = 'bewoner' | 'bot' | 'medewerker';

/** One line of a conversation, kept (with consent) so a staff member can read what came before. */
export interface TranscriptEntry {
  at: string;
  from: Spreker;
  text: string;
  /** The staff member's name, for their own lines. */
  naam?: string;
}

// Enough for a long intake and a staff conversation after it; a paste longer than a screen is
// cut, so a conversation's state cannot grow without bound.
export const KEPT_ENTRIES = 200;
export const MAX_ENTRY_CHARS = 4000;

/** Adds entries at the end, keeping the newest KEPT_ENTRIES. */
export function appendEntries(transcript: TranscriptEntry[], entries: TranscriptEntry[]): TranscriptEntry[] {
  const all = [...transcript, ...entries];
  return all.length > KEPT_ENTRIES ? all.slice(all.length - KEPT_ENTRIES) : all;
}

/** A transcript line for an activity, or undefined when it shows the reader nothing (typing, events). */
export function entryOf(
  activity: Partial<Activity>,
  from: Spreker,
  at: Date,
  naam?: string,
): TranscriptEntry | undefined {
  if (activity.type !== 'message') return undefined;
  const parts = [activity.text?.trim() ?? ''];
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length > 0)
    parts.push(`[${actions.map((action) => action.title ?? String(action.value)).join(' | ')}]`);
  for (const attachment of activity.attachments ?? []) parts.push(...cardLines(attachment.content));
  if (parts.join('') === '' && activity.value !== undefined)
    parts.push(`[${JSON.stringify(activity.value)}]`);
  const text = parts.filter(Boolean).join('\n').slice(0, MAX_ENTRY_CHARS);
  if (!text) return undefined;
  return { at: at.toISOString(), from, text, ...(naam ? { naam } : {}) };
}

/** The readable text of a hero card (how Teams shows choices): its text and button titles. */
function cardLines(content: unknown): string[] {
  if (typeof content !== 'object' || content === null) return [];
  const lines: string[] = [];
  if ('text' in content && typeof content.text === 'string') lines.push(content.text);
  if ('buttons' in content && Array.isArray(content.buttons)) {
    const titles = content.buttons.map((button: unknown) =>
      typeof button === 'object' && button !== null && 'title' in button ? String(button.title) : '',
    );
    lines.push(`[${titles.join(' | ')}]`);
  }
  return lines;
}

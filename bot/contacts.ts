import type { Bewoner, Gesprek } from './intake/intakeCase.js';

// A resident who comes back after this long counts as a new contact with the loket.
export const NEW_CONTACT_AFTER_MS = 4 * 60 * 60 * 1000;
const LAST_SEEN_PRECISION_MS = 60 * 1000;

/**
 * Counts contacts (the loket's 1 to 3) and notices a return visit: a new conversation from the
 * same channel user, or the same conversation picked up again after hours.
 */
export function trackContact(
  bewoner: Bewoner,
  gesprek: Gesprek,
  conversation: { id: string; key: string },
  now: Date,
): void {
  const conversationId = conversation.id;
  const lastSeen = bewoner.lastSeen ? Date.parse(bewoner.lastSeen) : undefined;
  // A conversation seen before is not a new contact: a resident with the chat open in two tabs
  // switches between two conversations, and would count one more contact at every switch.
  const newConversation = !bewoner.conversationKeys.includes(conversation.key);
  const longAway = lastSeen !== undefined && now.getTime() - lastSeen > NEW_CONTACT_AFTER_MS;
  if (bewoner.contacts === 0 || newConversation || longAway) {
    bewoner.contacts += 1;
    if (newConversation && bewoner.consent === true && bewoner.case?.question !== undefined)
      gesprek.returning = true;
  }
  // To the minute is enough for a four-hour rule, and leaves the resident's state unchanged
  // (so unwritten) on most turns.
  if (lastSeen === undefined || now.getTime() - lastSeen >= LAST_SEEN_PRECISION_MS)
    bewoner.lastSeen = now.toISOString();
  bewoner.lastConversationId = conversationId;
  if (!bewoner.conversationKeys.includes(conversation.key)) bewoner.conversationKeys.push(conversation.key);
}

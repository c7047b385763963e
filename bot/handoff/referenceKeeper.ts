import type { ConversationReference } from 'botbuilder';

type Reference = Partial<ConversationReference>;

/**
 * How a channel's conversation references go to disk and come back. A channel whose serviceUrl
 * holds a secret (the built-in Direct Line channel's) stores them without it, and puts it back
 * in memory only, when the bot writes to the resident: whoever reads the data folder cannot
 * post as the bot.
 */
export interface ReferenceKeeper {
  /** The reference as it may be stored. */
  storable(reference: Reference): Reference;
  /** A stored reference, ready to send with. */
  usable(reference: Reference): Reference;
}

/** For channels whose serviceUrl is no secret (Azure, Teams). */
export const REFERENCES_AS_THEY_ARE: ReferenceKeeper = {
  storable: (reference) => reference,
  usable: (reference) => reference,
};

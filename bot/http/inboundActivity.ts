import { z } from 'zod';
import { checkBody } from './checkBody.js';

const account = z.object({ id: z.string().min(1) }).loose();
// Lists the bot reads item by item (the transcript, mention removal): each item an object.
const objects = z.array(z.object({}).loose());

/**
 * The fields of an incoming activity the bot relies on. botbuilder itself only checks `type`,
 * and throws (a 500) on a body that is not an activity at all; this turns both into a 400 that
 * says what is missing.
 */
export const inboundActivitySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.url({ protocol: /^https?$/ }),
    from: account,
    recipient: account,
    conversation: account,
    text: z.string().optional(),
    locale: z.string().optional(),
    attachments: objects.nullish(),
    entities: objects.nullish(),
    suggestedActions: z.object({ actions: objects.optional() }).loose().optional(),
  })
  .loose();

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** The activity, or a plain-words list of what is wrong with the body. */
export function checkActivity(body: unknown): { activity: InboundActivity } | { problems: string } {
  const checked = checkBody(inboundActivitySchema, body);
  return 'problems' in checked ? checked : { activity: checked.value };
}

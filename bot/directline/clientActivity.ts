import { z } from 'zod';
import { checkBody } from '../http/checkBody.js';

/** The largest activity a client may post; Azure's Direct Line refuses larger ones too. */
export const MAX_CLIENT_ACTIVITY_BYTES = 256 * 1024;

/**
 * What a Direct Line client may say in an activity. Identity and routing (`from.id`,
 * `conversation`, `recipient`, `serviceUrl`, `channelId`) are the channel's to set, so they are
 * dropped here rather than trusted.
 */
export const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(20).optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(60).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  from: z.object({ name: z.string().max(200).optional() }).optional(),
});

export type ClientActivity = z.infer<typeof clientActivitySchema>;

/** The client's activity, or what is wrong with it in plain words. */
export function checkClientActivity(body: unknown): { activity: ClientActivity } | { problems: string } {
  const checked = checkBody(clientActivitySchema, body);
  return 'problems' in checked ? checked : { activity: checked.value };
}

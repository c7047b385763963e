import type restify from 'restify';
import { z } from 'zod';
import type { LocalDirectLine } from './localDirectLine.js';

const botActivitySchema = z.object({ type: z.string().min(1) }).loose();

/**
 * The bot side of the local channel: the Bot Connector calls by which the bot sends a reply or
 * a proactive message. They live under the channel's secret path, which only the bot learns
 * (as the serviceUrl of the activities the channel sends it).
 */
export function addConnectorRoutes(server: restify.Server, channel: LocalDirectLine): void {
  const receive: restify.RequestHandler = async (request, response) => {
    const checked = botActivitySchema.safeParse(request.body);
    if (!checked.success) {
      response.json(400, { error: { code: 'BadArgument', message: 'The body is not an activity.' } });
      return;
    }
    const id = channel.receive(String(request.params.conversationId), checked.data);
    if (id === undefined)
      response.json(404, { error: { code: 'NotFound', message: 'No such conversation.' } });
    else response.json(200, { id });
  };
  const base = `${channel.connectorPath}/v3/conversations/:conversationId/activities`;
  server.post(base, receive);
  server.post(`${base}/:activityId`, receive);
}

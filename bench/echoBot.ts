import { randomBytes } from 'node:crypto';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { addActivityStream } from '../bot/directline/activityStream.js';
import { ChannelTokens } from '../bot/directline/channelToken.js';
import { addConnectorRoutes } from '../bot/directline/connectorRoutes.js';
import { addDirectLineRoutes } from '../bot/directline/directLineRoutes.js';
import { LocalDirectLine } from '../bot/directline/localDirectLine.js';
import { LocalTokenSource } from '../bot/directline/localTokenSource.js';
import { addTokenRoute } from '../bot/directline/tokenRoute.js';
import { silentLog } from '../bot/log.js';

/**
 * The floor: the smallest bot on the same stack (botbuilder's CloudAdapter on restify, the same
 * body parser), echoing every message. It also hosts the built-in Direct Line channel, so the
 * resident-visible latency through it has a floor too. Prints `{"port": N}` once listening.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const bot = new EchoBot();
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo' });
server.use(restify.plugins.bodyParser({ maxBodySize: 512 * 1024, mapParams: false }));
server.post('/api/messages', async (request, response) => {
  await adapter.process(request, response, (context) => bot.run(context));
});

const tokens = new ChannelTokens(randomBytes(32));
const channel = new LocalDirectLine({
  key: randomBytes(24).toString('base64url'),
  bot: { id: 'echo', name: 'Echo' },
  log: silentLog,
});
addTokenRoute(server, new LocalTokenSource(channel, tokens), silentLog);
addDirectLineRoutes(server, channel, tokens, () => new Date());
addConnectorRoutes(server, channel);
addActivityStream(server.server, channel, tokens, () => new Date());

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const port = server.address().port;
  channel.attach(`http://127.0.0.1:${port}`);
  console.log(JSON.stringify({ port }));
});

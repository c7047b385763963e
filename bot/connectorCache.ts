import { type Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';

// Service URLs are allow-listed (a handful of channels and regions): the bound is a safety net.
const MAX_CLIENTS = 256;

/** Hands out one ConnectorClient per bot identity, service URL and audience, made on first use. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly clients: Map<string, Promise<ConnectorClient>>,
    private readonly identity: string,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.identity}|${serviceUrl}|${audience ?? ''}`;
    let client = this.clients.get(key);
    if (!client) {
      if (this.clients.size >= MAX_CLIENTS) this.clients.clear();
      client = this.inner.create(serviceUrl, audience);
      // A failed creation (a credentials error) is not kept: the next turn tries again.
      client.catch(() => this.clients.delete(key));
      this.clients.set(key, client);
    }
    return client;
  }
}

/**
 * Bot Framework authentication whose connector clients are reused across turns. CloudAdapter
 * builds a new ConnectorClient (credentials, an HTTP pipeline of a dozen policies) for every
 * incoming activity, even one answered in the HTTP response (`expectReplies`, Direct Line);
 * the benchmark showed that at 5% of a turn's CPU. The older BotFrameworkAdapter kept such a
 * cache itself; the clients hold no per-turn data, and their credentials refresh their own tokens.
 */
export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.caching(result.connectorFactory, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.caching(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  /** The user-token client (for sign-in cards) is made per turn too, and is as reusable. */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = identityOf(claimsIdentity);
    let client = this.tokenClients.get(key);
    if (!client) {
      if (this.tokenClients.size >= MAX_CLIENTS) this.tokenClients.clear();
      client = super.createUserTokenClient(claimsIdentity);
      client.catch(() => this.tokenClients.delete(key));
      this.tokenClients.set(key, client);
    }
    return client;
  }

  private caching(inner: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachingConnectorFactory(inner, this.clients, identityOf(claimsIdentity));
  }
}

/** The claims that choose a client's credentials: who the caller is and for whom the token was. */
function identityOf(claimsIdentity: ClaimsIdentity): string {
  return ['aud', 'appid', 'azp'].map((claim) => claimsIdentity.getClaimValue(claim) ?? '').join('|');
}

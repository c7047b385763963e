/** An ALLOWED_SERVICE_HOSTS entry as it is matched. */
interface AllowedServiceUrl {
  protocols: readonly string[];
  hostname: string;
  /** A number, or the default port of whichever scheme the service URL has. */
  port: number | 'default';
  /** Ends with '/'; '/' admits every path. */
  pathPrefix: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Reads an allow-list entry: an address `https://host:port/path/` (that scheme, host and port,
 * paths under that one), `host:port` (that port, either scheme, any path) or a bare `host`
 * (the scheme's default port, any path). Undefined when it is none of these.
 */
export function parseAllowedServiceUrl(entry: string): AllowedServiceUrl | undefined {
  const text = entry.trim();
  const address = SCHEME.test(text);
  if (!address && text.includes('/')) return undefined;
  let url: URL;
  try {
    url = new URL(address ? text : `http://${text}`);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) {
    return undefined;
  }
  // `host:80` names its port; URL would drop it as the default of the http:// read in front.
  const written = address ? undefined : /:(\d+)$/.exec(text)?.[1];
  return {
    protocols: address ? [url.protocol] : ['http:', 'https:'],
    hostname: url.hostname,
    port: address ? portOf(url) : written ? Number(written) : 'default',
    pathPrefix: address ? withSlash(url.pathname) : '/',
  };
}

/**
 * Whether replies may be sent to `serviceUrl`. Only used when authentication is off: then any
 * caller could name any address, and the bot would post the conversation there; a host alone
 * would still let it name any port and path on that host (another service on the loopback
 * address, the built-in channel's routes), so entries pin all three.
 */
export function isAllowedServiceUrl(serviceUrl: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  const path = withSlash(url.pathname);
  return allowed.some((entry) => {
    const pinned = parseAllowedServiceUrl(entry);
    return (
      pinned !== undefined &&
      pinned.protocols.includes(url.protocol) &&
      pinned.hostname === url.hostname &&
      (pinned.port === 'default' ? url.port === '' : pinned.port === portOf(url)) &&
      path.startsWith(pinned.pathPrefix)
    );
  });
}

/** The port a URL reaches, written or not. */
function portOf(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

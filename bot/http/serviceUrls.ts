/**
 * Whether replies may be sent to `serviceUrl`. Only used when authentication is off: then any
 * caller could name any address, and the bot would post the conversation there.
 */
export function isAllowedServiceUrl(serviceUrl: string, allowedHosts: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(serviceUrl).host.toLowerCase();
  } catch {
    return false;
  }
  const hostname = host.replace(/:\d+$/, '');
  return allowedHosts.some((allowed) => allowed === host || allowed === hostname);
}

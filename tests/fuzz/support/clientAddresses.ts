let issued = 0;

/**
 * An X-Forwarded-For of its own for every request (from RFC 2544's benchmarking range: only
 * ever a header value, never an address anything is sent to). The fuzzed server trusts one
 * proxy hop, so its per-client rate limits see many clients: thousands of cases from one
 * address would otherwise be answered 429, which tests the limits (tests/http does that) rather
 * than what each case is about.
 */
export function ownClient(): { 'x-forwarded-for': string } {
  issued += 1;
  return { 'x-forwarded-for': `198.18.${(issued >>> 8) & 255}.${issued & 255}` };
}

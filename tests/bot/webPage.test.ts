import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';

const SITE = 'https://www.voorbeeld.nl';
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot(undefined, undefined, { allowedOrigins: [SITE] });
});
afterAll(() => bot.close());

describe('the demo page and the widget files', () => {
  it('serves the page with a strict Content-Security-Policy and the one-line embed', async () => {
    const response = await fetch(`${bot.base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<script src="/wegwijzer-chat.js" defer></script>');
  });

  it('serves the stock Web Chat bundle from npm, gzipped, and revalidates it by ETag', async () => {
    const response = await fetch(`${bot.base}/webchat/webchat.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const etag = response.headers.get('etag') ?? '';
    const body = Buffer.from(await response.arrayBuffer());
    // fetch already undoes the gzip; the bundle is Web Chat's own, with its renderWebChat entry point.
    const script = body[0] === 0x1f ? gunzipSync(body).toString('utf8') : body.toString('utf8');
    expect(script).toContain('renderWebChat');
    expect(script.length).toBeGreaterThan(1_000_000);
    const again = await fetch(`${bot.base}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('exposes nothing but the listed files', async () => {
    for (const path of ['/package.json', '/public/index.html', '/..%2fpackage.json', '/webchat/../../.env']) {
      expect((await fetch(`${bot.base}${path}`)).status, path).toBe(404);
    }
  });

  it("gives the widget its words from the message files, with the loket's phone number", async () => {
    const nl = await (await fetch(`${bot.base}/api/widget/texts`)).json();
    expect(nl).toMatchObject({
      taal: 'nl',
      open: 'Chat met ons',
      nietBeschikbaar: expect.stringContaining('14 0123'),
    });
    const en = await (await fetch(`${bot.base}/api/widget/texts?taal=en`)).json();
    expect(en).toMatchObject({ taal: 'en', open: 'Chat with us', opnieuw: 'Start over' });
  });
});

describe('embedding on the municipality site (CORS)', () => {
  const preflight = (path: string, origin: string) =>
    fetch(`${bot.base}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('lets an allowed site ask for a token and talk Direct Line', async () => {
    const response = await preflight('/api/directline/token', SITE);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    const token = await fetch(`${bot.base}/api/directline/token`, {
      method: 'POST',
      headers: { origin: SITE, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(token.headers.get('access-control-allow-origin')).toBe(SITE);
    expect((await preflight('/v3/directline/conversations', SITE)).status).toBe(204);
  });

  it('does not open the door to other sites, nor the bot endpoint to anyone', async () => {
    const other = await fetch(`${bot.base}/api/directline/token`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('/api/messages', SITE)).headers.get('access-control-allow-origin')).toBeNull();
  });
});

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PUBLIC_DIR } from '../paths.js';
import type { StaticFile } from './staticFiles.js';

const require = createRequire(import.meta.url);

/** The stock Web Chat bundle as npm installed it (its `main` is `lib/index.js`; the bundle is beside it). */
const WEBCHAT_BUNDLE = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

/**
 * The demo page of a municipality's site and the widget it embeds. `connectSources` are the
 * Direct Line hosts the page may call besides its own server (Azure's, when configured).
 */
export function webChatFiles(connectSources: readonly string[]): StaticFile[] {
  // Web Chat styles itself with inline <style> elements (emotion), hence 'unsafe-inline' for styles;
  // scripts come only from this server.
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${connectSources.join(' ')}`.trim(),
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  const js = 'text/javascript; charset=utf-8';
  return [
    {
      path: '/',
      file: join(PUBLIC_DIR, 'index.html'),
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': csp, 'referrer-policy': 'no-referrer' },
    },
    { path: '/demo.css', file: join(PUBLIC_DIR, 'demo.css'), contentType: 'text/css; charset=utf-8' },
    {
      path: '/wegwijzer-chat.css',
      file: join(PUBLIC_DIR, 'wegwijzer-chat.css'),
      contentType: 'text/css; charset=utf-8',
    },
    { path: '/wegwijzer-chat.js', file: join(PUBLIC_DIR, 'wegwijzer-chat.js'), contentType: js },
    { path: '/webchat/webchat.js', file: WEBCHAT_BUNDLE, contentType: js },
  ];
}

import type restify from 'restify';
import type { StaffEvent, StaffEvents } from '../handoff/staffEvents.js';
import type { StaffMember } from './staffAccount.js';
import type { StaffAuth } from './staffAuth.js';

// Proxies close a silent connection after a minute or so; a comment line keeps it open.
const KEEPALIVE_MS = 25_000;

/** Whether a staff member's console is told of this change: the queue for the loket, their own inbox for a supporter. */
function concerns(member: StaffMember, event: StaffEvent): boolean {
  if (event.type === 'handover')
    return member.role === 'ondersteuner' && member.aanbieder === event.aanbieder;
  return member.role === 'loket';
}

/**
 * `GET /api/staff/events`: server-sent events that tell a console what changed (ids only), so
 * it fetches what its role may see at once instead of polling. The stream ends at its next
 * event or keepalive once the session is over or the account removed.
 */
export function addEventStream(server: restify.Server, auth: StaffAuth, events: StaffEvents): void {
  server.get(
    '/api/staff/events',
    auth.guard(['loket', 'ondersteuner', 'coordinator'], async (request, response, session) => {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      response.write('retry: 3000\n\n');
      await new Promise<void>((resolve) => {
        let open = true;
        // Deliveries wait for the session check before them, so they keep their order.
        let delivered = Promise.resolve();
        const end = () => {
          if (!open) return;
          open = false;
          clearInterval(keepalive);
          unsubscribe();
          response.end();
          resolve();
        };
        // Called from the publisher's code and a timer: it must never throw.
        const deliver = (text: string) => {
          delivered = delivered
            .then(async () => {
              if (!open) return;
              if (await auth.stillSignedIn(request, session)) response.write(text);
              else end();
            })
            .catch(end);
        };
        const unsubscribe = events.subscribe((event) => {
          if (concerns(session.member, event))
            deliver(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        });
        const keepalive = setInterval(() => deliver(': keepalive\n\n'), KEEPALIVE_MS);
        request.on('close', end);
        response.on('close', end);
      });
    }),
  );
}

import { coordinatorView } from './coordinator.js';
import { api, fill, setCsrfToken, tell } from './dom.js';
import { inboxView } from './inbox.js';
import { queueView } from './queue.js';
import { TEKSTEN } from './teksten.js';

const VIEWS = { loket: queueView, ondersteuner: inboxView, coordinator: coordinatorView };
let events;

/** Shows the work place for the signed-in member's role, and listens for changes. */
function enter(answer) {
  setCsrfToken(answer.csrfToken);
  const { member } = answer;
  document.getElementById('aanmelden').hidden = true;
  document.getElementById('wie').hidden = false;
  document.getElementById('wie-naam').textContent = `${member.naam} (${TEKSTEN.rollen[member.role]})`;
  const werkplek = document.getElementById('werkplek');
  werkplek.hidden = false;
  const view = VIEWS[member.role](werkplek, member);
  events?.close();
  events = new EventSource('/api/staff/events');
  for (const type of ['queue', 'handoff', 'handover']) {
    events.addEventListener(type, (event) => view.changed(JSON.parse(event.data)));
  }
  // After a lost connection (a restart, a network blip) nothing may have been missed unseen.
  events.addEventListener('open', () => view.changed({ type: 'reconnected' }));
}

function showLogin(message) {
  events?.close();
  document.getElementById('wie').hidden = true;
  const werkplek = document.getElementById('werkplek');
  werkplek.hidden = true;
  fill(werkplek);
  document.getElementById('aanmelden').hidden = false;
  document.getElementById('gebruikersnaam').focus();
  tell(message ?? '');
}

document.getElementById('aanmeld-formulier').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    const answer = await api('/api/staff/login', {
      method: 'POST',
      body: { username: form.username.value, password: form.password.value },
    });
    form.password.value = '';
    tell('');
    enter(answer);
  } catch (error) {
    form.password.value = '';
    tell(error.message);
  }
});

document.getElementById('afmelden').addEventListener('click', async () => {
  await api('/api/staff/logout', { method: 'POST', body: {} }).catch(() => undefined);
  showLogin('U bent afgemeld.');
});

// A session that ended (timeout, account removed) shows the login again instead of failing quietly.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason?.status === 401) showLogin('Uw sessie is verlopen. Meld u opnieuw aan.');
});

api('/api/staff/session').then(
  (answer) => (answer.member ? enter(answer) : showLogin()),
  () => showLogin(),
);

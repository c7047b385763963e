import { api, el, fill, moment, tell } from './dom.js';
import { TEKSTEN } from './teksten.js';

/** The loket's work place: the live queue and the open conversation. */
export function queueView(root, member) {
  const list = el('ol', { class: 'wachtrij', 'aria-label': 'Wachtrij' });
  // Stable parts, filled anew on each change: the message being typed is never replaced.
  const head = el('div', {}, el('p', {}, 'Kies een gesprek uit de wachtrij.'));
  const transcriptBox = el('div', { class: 'transcript-vak', tabindex: 0, 'aria-label': 'Gesprek' });
  const actionsBox = el('div', { class: 'acties' });
  const form = messageForm();
  form.hidden = true;
  const panel = el('section', { class: 'paneel gesprek' }, head, transcriptBox, actionsBox, form);
  fill(
    root,
    el(
      'div',
      { class: 'twee-kolommen' },
      el('section', { class: 'paneel' }, el('h2', {}, 'Wachtrij'), list),
      panel,
    ),
  );
  let openId = location.hash.startsWith('#gesprek/') ? location.hash.slice(9) : undefined;

  async function loadQueue() {
    const { items } = await api('/api/staff/queue');
    const rows = items.map((item) =>
      el(
        'li',
        { class: `rij${item.reason === 'crisis' ? ' crisis' : ''}${item.id === openId ? ' open' : ''}` },
        el(
          'a',
          { href: `#gesprek/${item.id}`, 'data-id': item.id },
          el('strong', {}, item.reason === 'crisis' ? 'CRISIS' : TEKSTEN.redenen[item.reason]),
          item.terugbellen ? ' · terugbellen' : '',
          ` · ${TEKSTEN.staten[item.state]}${item.medewerker ? ` (${item.medewerker.naam})` : ''}`,
          el('br'),
          `${item.levensgebieden.join(', ') || 'onderwerp nog onbekend'}`,
          item.doelgroepen.length > 0 ? ` · ${item.doelgroepen.join(', ')}` : '',
          item.verwijsreden ? [el('br'), el('small', { class: 'reden' }, item.verwijsreden)] : [],
          el('br'),
          el('small', {}, `wacht ${item.waitingMinutes} min · ${item.stap ?? 'begin'} · ${item.channel}`),
        ),
      ),
    );
    fill(list, rows.length > 0 ? rows : [el('li', { class: 'leeg' }, 'Niemand wacht.')]);
  }

  async function loadConversation() {
    if (!openId) return;
    let handoff;
    try {
      handoff = await api(`/api/staff/handoffs/${encodeURIComponent(openId)}`);
    } catch (error) {
      fill(head, el('p', {}, error.message));
      fill(transcriptBox);
      fill(actionsBox);
      form.hidden = true;
      return;
    }
    const mine = handoff.state === 'staff' && handoff.medewerker?.username === member.username;
    const transcript = el(
      'ol',
      { class: 'transcript' },
      handoff.transcript.map((entry) =>
        el(
          'li',
          { class: `regel regel-${entry.from}` },
          el('span', { class: 'spreker' }, entry.naam ?? TEKSTEN.sprekers[entry.from]),
          el('time', { datetime: entry.at }, moment(entry.at)),
          el('p', { class: 'tekst' }, entry.text),
        ),
      ),
    );
    fill(
      actionsBox,
      handoff.state === 'waiting' && button('Overnemen', () => act('takeover')),
      (handoff.state === 'staff' || handoff.state === 'waiting') &&
        button('Teruggeven aan de bot', () => act('giveback'), 'knop-stil'),
      (handoff.state === 'staff' || handoff.state === 'waiting') &&
        button('Afsluiten', () => act('close'), 'knop-stil'),
    );
    form.hidden = !mine;
    fill(
      head,
      el('h2', {}, handoff.reason === 'crisis' ? 'Crisis' : 'Gesprek', ` · ${TEKSTEN.staten[handoff.state]}`),
      el('p', { class: 'samenvatting' }, summary(handoff)),
      handoff.terugbellen &&
        el(
          'p',
          { class: 'terugbellen' },
          `Terugbellen: ${handoff.terugbellen.telefoon} (${TEKSTEN.momenten[handoff.terugbellen.moment]})`,
        ),
    );
    fill(transcriptBox, transcript);
    transcriptBox.scrollTop = transcriptBox.scrollHeight;
  }

  function summary(handoff) {
    const parts = [
      `Sinds ${moment(handoff.createdAt)}`,
      handoff.levensgebieden.length > 0 ? `over ${handoff.levensgebieden.join(', ')}` : '',
      handoff.doelgroepen.length > 0 ? `voor ${handoff.doelgroepen.join(', ')}` : '',
      handoff.verwijsreden ? `waarom: ${handoff.verwijsreden}` : '',
      handoff.stap ? `stap: ${handoff.stap}` : '',
      handoff.medewerker ? `medewerker: ${handoff.medewerker.naam}` : '',
      `taal: ${handoff.taal}`,
    ];
    return parts.filter(Boolean).join(' · ');
  }

  function messageForm() {
    const input = el('textarea', { id: 'bericht', name: 'tekst', rows: 3, maxlength: 4000, required: true });
    return el(
      'form',
      {
        class: 'bericht',
        onsubmit: async (event) => {
          event.preventDefault();
          const text = input.value.trim();
          if (!text) return;
          if (await act('messages', { text })) input.value = '';
          input.focus();
        },
      },
      el('label', { for: 'bericht' }, 'Bericht aan de inwoner'),
      input,
      el('button', { type: 'submit', class: 'knop' }, 'Versturen'),
    );
  }

  /** Changes the open conversation; true when it worked (a failed message stays in the box). */
  async function act(action, body = {}) {
    let done = false;
    try {
      const answer = await api(`/api/staff/handoffs/${encodeURIComponent(openId)}/${action}`, {
        method: 'POST',
        body,
      });
      tell(answer.melding ?? '');
      done = true;
    } catch (error) {
      tell(error.message);
    }
    await Promise.all([loadQueue(), loadConversation()]);
    return done;
  }

  function button(text, onclick, extra = '') {
    return el('button', { type: 'button', class: `knop ${extra}`.trim(), onclick }, text);
  }

  window.addEventListener('hashchange', () => {
    if (!location.hash.startsWith('#gesprek/')) return;
    openId = location.hash.slice(9);
    void loadQueue();
    void loadConversation();
  });

  void loadQueue();
  void loadConversation();
  return {
    changed(event) {
      if (event.type === 'queue' || event.type === 'reconnected') void loadQueue();
      if ((event.type === 'handoff' && event.id === openId) || event.type === 'reconnected')
        void loadConversation();
    },
  };
}

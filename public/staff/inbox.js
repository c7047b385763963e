import { api, el, fill, moment, tell } from './dom.js';
import { TEKSTEN } from './teksten.js';

/** A client supporter's work place: their provider's handovers and the one that is open. */
export function inboxView(root) {
  const list = el('tbody');
  const detail = el('section', { class: 'paneel' }, el('p', {}, 'Kies een overdracht.'));
  const table = el(
    'table',
    { class: 'lijst' },
    el('caption', {}, 'Warme overdrachten'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['Nummer', 'Binnengekomen', 'Status', 'Reageer uiterlijk', 'Bij'].map((kop) =>
          el('th', { scope: 'col' }, kop),
        ),
      ),
    ),
    list,
  );
  fill(root, el('div', { class: 'twee-kolommen' }, el('section', { class: 'paneel' }, table), detail));
  let openReference = location.hash.startsWith('#overdracht/')
    ? decodeURIComponent(location.hash.slice(12))
    : undefined;
  let team = [];

  async function loadList() {
    const { items } = await api('/api/staff/handovers');
    const rows = items.map((item) =>
      el(
        'tr',
        { class: item.reference === openReference ? 'open' : undefined },
        el(
          'th',
          { scope: 'row' },
          el('a', { href: `#overdracht/${encodeURIComponent(item.reference)}` }, item.reference),
        ),
        el('td', {}, moment(item.createdAt)),
        el('td', {}, TEKSTEN.statussen[item.status]),
        el('td', {}, item.contactUiterlijk),
        el('td', {}, item.toegewezenAan ?? '–'),
      ),
    );
    fill(list, rows.length > 0 ? rows : [el('tr', {}, el('td', { colspan: 5 }, 'Geen overdrachten.'))]);
  }

  async function loadDetail() {
    if (!openReference) return;
    let handover;
    try {
      handover = await api(`/api/staff/handovers/${encodeURIComponent(openReference)}`);
    } catch (error) {
      fill(detail, el('p', {}, error.message));
      return;
    }
    const field = (label, value) => [el('dt', {}, label), el('dd', {}, value)];
    const reasonInput = el('input', { id: 'reden', name: 'reden', maxlength: 1000 });
    fill(
      detail,
      el('h2', {}, `Overdracht ${handover.reference}`),
      el(
        'dl',
        { class: 'velden' },
        field('Status', TEKSTEN.statussen[handover.status]),
        field('Vraag', handover.vraag),
        field('Over', handover.levensgebiedNamen.join(', ')),
        field('Groep', handover.doelgroepNamen.join(', ') || '–'),
        handover.verwijsreden ? field('Waarom verwezen', handover.verwijsreden.tekst) : [],
        field('Voor', handover.voorWie === 'naaste' ? 'een naaste' : 'zichzelf'),
        field('Contact', `${handover.contact.waarde} (${TEKSTEN.momenten[handover.contactmoment]})`),
        field('Reageer uiterlijk', handover.contactUiterlijk),
        field('Taal', handover.taal),
        handover.reden ? field('Reden teruggeven', handover.reden) : [],
      ),
      el(
        'div',
        { class: 'acties' },
        handover.volgende.map((status) =>
          el(
            'button',
            { type: 'button', class: 'knop', onclick: () => setStatus(status, reasonInput.value) },
            TEKSTEN.statusKnoppen[status],
          ),
        ),
      ),
      handover.volgende.includes('teruggegeven') &&
        el('p', {}, el('label', { for: 'reden' }, 'Reden bij teruggeven'), reasonInput),
      assignForm(handover),
      el('h3', {}, 'Notities'),
      el(
        'ul',
        { class: 'notities' },
        (handover.notities ?? []).map((note) =>
          el('li', {}, el('small', {}, `${note.door}, ${moment(note.at)}`), el('p', {}, note.tekst)),
        ),
      ),
      noteForm(),
      el(
        'p',
        {},
        el(
          'a',
          {
            href: `/api/staff/handovers/${encodeURIComponent(handover.reference)}/export`,
            download: `${handover.reference}.json`,
          },
          'Exporteren (JSON)',
        ),
      ),
    );
  }

  function assignForm(handover) {
    const select = el(
      'select',
      { id: 'toewijzen' },
      team.map((colleague) =>
        el(
          'option',
          { value: colleague.username, selected: colleague.username === handover.toegewezenAan },
          colleague.naam,
        ),
      ),
    );
    return el(
      'form',
      {
        class: 'inline',
        onsubmit: (event) => (event.preventDefault(), change('assign', { username: select.value })),
      },
      el('label', { for: 'toewijzen' }, 'Toewijzen aan'),
      select,
      el('button', { type: 'submit', class: 'knop knop-stil' }, 'Toewijzen'),
    );
  }

  function noteForm() {
    const input = el('textarea', { id: 'notitie', rows: 3, maxlength: 4000 });
    return el(
      'form',
      { onsubmit: (event) => (event.preventDefault(), change('notes', { tekst: input.value })) },
      el('label', { for: 'notitie' }, 'Nieuwe notitie (alleen voor uw organisatie)'),
      input,
      el('button', { type: 'submit', class: 'knop knop-stil' }, 'Notitie bewaren'),
    );
  }

  function setStatus(status, reden) {
    return change('status', status === 'teruggegeven' ? { status, reden } : { status });
  }

  async function change(action, body) {
    try {
      await api(`/api/staff/handovers/${encodeURIComponent(openReference)}/${action}`, {
        method: 'POST',
        body,
      });
      tell('Opgeslagen.');
    } catch (error) {
      tell(error.message);
    }
    await Promise.all([loadList(), loadDetail()]);
  }

  window.addEventListener('hashchange', () => {
    if (!location.hash.startsWith('#overdracht/')) return;
    openReference = decodeURIComponent(location.hash.slice(12));
    void loadList();
    void loadDetail();
  });

  void api('/api/staff/team').then((answer) => {
    team = answer.team;
    void loadDetail();
  });
  void loadList();
  return {
    changed(event) {
      if (event.type === 'handover' || event.type === 'reconnected') void loadList();
    },
  };
}

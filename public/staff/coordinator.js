import { api, el, fill, moment, tell } from './dom.js';
import { loketDay, reportPanel } from './report.js';
import { TEKSTEN } from './teksten.js';

/** The coordinator's work place: the coverage report, the kaart's status and the audit log. */
export function coordinatorView(root) {
  const kaart = el('section', { class: 'paneel' }, el('h2', {}, 'Sociale kaart'));
  const rows = el('tbody');
  // The loket's today, also between midnight and two at night, when UTC is still on yesterday.
  const today = loketDay(new Date());
  const from = el('input', { type: 'date', id: 'van', value: today });
  const to = el('input', { type: 'date', id: 'tot', value: today });
  const caseInput = el('input', { id: 'zaak', placeholder: 'WW-… of gesprek' });
  const audit = el(
    'section',
    { class: 'paneel' },
    el('h2', {}, 'Auditlog'),
    el(
      'form',
      { class: 'inline', onsubmit: (event) => (event.preventDefault(), loadAudit()) },
      el('label', { for: 'van' }, 'Van'),
      from,
      el('label', { for: 'tot' }, 'Tot en met'),
      to,
      el('label', { for: 'zaak' }, 'Zaak'),
      caseInput,
      el('button', { type: 'submit', class: 'knop knop-stil' }, 'Tonen'),
    ),
    el(
      'table',
      { class: 'lijst' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ['Wanneer', 'Wie', 'Rol', 'Wat', 'Zaak', 'Detail'].map((kop) => el('th', { scope: 'col' }, kop)),
        ),
      ),
      rows,
    ),
  );
  fill(root, reportPanel(), kaart, audit);

  async function loadKaart() {
    const status = await api('/api/staff/kaart');
    fill(
      kaart,
      el('h2', {}, 'Sociale kaart'),
      el(
        'p',
        {},
        `Versie ${status.versie}, geladen ${moment(status.loadedAt)}. `,
        status.upToDate ? 'Actueel.' : 'Let op: de laatste wijziging is niet geladen.',
      ),
      status.problems.length > 0 &&
        el(
          'ul',
          {},
          status.problems.map((problem) =>
            el('li', {}, `regel ${problem.line}, kolom ${problem.column}: ${problem.message}`),
          ),
          status.problemCount > status.problems.length &&
            el('li', {}, `en nog ${status.problemCount - status.problems.length}: zie wegwijzer kaart check`),
        ),
      el(
        'ul',
        {},
        status.aanbieders.map((item) => el('li', {}, `${item.naam}: nagekeken ${item.gecontroleerd}`)),
      ),
    );
  }

  async function loadAudit() {
    const query = new URLSearchParams({ from: from.value, to: to.value });
    if (caseInput.value.trim()) query.set('case', caseInput.value.trim());
    try {
      const { entries } = await api(`/api/staff/audit?${query}`);
      fill(
        rows,
        entries.map((entry) =>
          el(
            'tr',
            {},
            el('td', {}, moment(entry.at)),
            el('td', {}, entry.username),
            el('td', {}, entry.role),
            el('td', {}, TEKSTEN.acties[entry.action] ?? entry.action),
            el('td', {}, entry.case ?? ''),
            el('td', {}, entry.detail ?? ''),
          ),
        ),
      );
      tell('');
    } catch (error) {
      tell(error.message);
    }
  }

  void loadKaart();
  void loadAudit();
  return { changed() {} };
}

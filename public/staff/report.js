import { el, tell } from './dom.js';
import { TEKSTEN } from './teksten.js';

const DAY_MS = 86_400_000;

/** A day as YYYY-MM-DD on the loket's calendar, like the server's loketDag. */
export function loketDay(date) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/**
 * The coverage report: a period, the report itself in a frame (the server renders it, the same
 * file as the download, without scripts), and downloads of the HTML and the CSV files.
 */
export function reportPanel() {
  const t = TEKSTEN.rapport;
  const today = new Date();
  const from = el('input', {
    type: 'date',
    id: 'rapport-van',
    value: loketDay(new Date(today - 364 * DAY_MS)),
  });
  const to = el('input', { type: 'date', id: 'rapport-tot', value: loketDay(today) });
  const frame = el('iframe', { class: 'rapport', title: t.titel });
  const html = el('a', { class: 'knop knop-stil', download: '' }, t.downloadHtml);
  const zip = el('a', { class: 'knop knop-stil', download: '' }, t.downloadZip);
  const print = el('a', { class: 'knop knop-stil', target: '_blank', rel: 'noopener' }, t.printen);

  function show() {
    if (!from.value || !to.value || from.value > to.value) {
      tell(t.periodeFout);
      return;
    }
    tell('');
    const query = new URLSearchParams({ from: from.value, to: to.value });
    frame.src = `/api/staff/report?${query}`;
    print.href = `/api/staff/report?${query}`;
    html.href = `/api/staff/report?${query}&download=1`;
    zip.href = `/api/staff/report.zip?${query}`;
  }

  const panel = el(
    'section',
    { class: 'paneel', 'aria-labelledby': 'rapport-titel' },
    el('h2', { id: 'rapport-titel' }, t.titel),
    el('p', {}, t.uitleg),
    el(
      'form',
      { class: 'inline', onsubmit: (event) => (event.preventDefault(), show()) },
      el('label', { for: 'rapport-van' }, 'Van'),
      from,
      el('label', { for: 'rapport-tot' }, 'Tot en met'),
      to,
      el('button', { type: 'submit', class: 'knop' }, t.tonen),
      html,
      zip,
      print,
    ),
    frame,
  );
  show();
  return panel;
}

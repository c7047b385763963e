// Everything the console shows is built with text nodes, never with innerHTML: what a resident
// or a colleague typed (even "<script>") appears as the characters they typed.

/** An element with attributes and children; strings become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** Replaces an element's children. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  for (const child of children.flat()) if (child) parent.append(child);
}

/** A date-time as the loket reads it: "di 24 nov 10:05". */
export function moment(iso) {
  return new Intl.DateTimeFormat('nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

let csrfToken = '';

export function setCsrfToken(token) {
  csrfToken = token;
}

/** Calls the staff API; throws an Error with the server's words when it answers with an error. */
export async function api(path, options = {}) {
  const init = { method: options.method ?? 'GET', headers: {}, credentials: 'same-origin' };
  if (options.body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (init.method !== 'GET') init.headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, init);
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(answer.error ?? `Fout ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return answer;
}

/** Says something in the status line (read out by screen readers). */
export function tell(text) {
  document.getElementById('melding').textContent = text;
}

// Functions that run inside the page, in Firefox and in WebKit alike: each is sent as its source
// (so each must stand alone, using only its arguments and the page's globals). They find controls
// the way a user names them (a label, a button's text), set the values a native picker would set,
// and read what the screen shows.
/* global document, window, location, indexedDB, HTMLSelectElement, PopStateEvent */

/** The form control whose <label> (or aria-label) reads `label` (a required field's " *" aside). */
export function control(label) {
  const clean = (text) => text.replace(/\s+/g, ' ').replace(/\s\*$/, '').trim();
  for (const element of document.querySelectorAll('label')) {
    if (clean(element.textContent ?? '') === label && element.control) return element.control;
  }
  for (const element of document.querySelectorAll('[aria-label]')) {
    if (element.getAttribute('aria-label') === label) return element;
  }
  return null;
}

/** The visible button or link whose text (or aria-label) is exactly `name`. */
export function button(name) {
  const candidates = document.querySelectorAll('button, a[href], [role="button"], [role="radio"]');
  for (const element of candidates) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== name && element.getAttribute('aria-label') !== name) continue;
    if (element.getClientRects().length > 0) return element;
  }
  return null;
}

/**
 * Sets a <select> (by the option a user reads) or a date field (YYYY-MM-DD), as its native
 * picker does: the value through the element's own setter, then `input` and `change`.
 */
export function pick(element, value) {
  let next = value;
  if (element instanceof HTMLSelectElement) {
    const option = [...element.options].find((entry) => entry.text.trim() === value);
    if (!option) throw new Error(`no option "${value}" in the list`);
    next = option.value;
  }
  const prototype = Object.getPrototypeOf(element);
  Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, next);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  return element.value === next;
}

/** Whether the page's text shows every one of `texts`. */
export function shows(...texts) {
  const text = document.body?.innerText ?? '';
  return texts.every((entry) => text.includes(entry));
}

/** Goes to `path` inside the app, as a click on a link does (the document stays). */
export function visit(path) {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  return true;
}

/**
 * How many files the page has loaded, once every one of `files` (the screens' modules, which the
 * app fetches when idle) is among them; null before.
 */
export function loaded(files) {
  const names = performance.getEntriesByType('resource').map((entry) => entry.name);
  const all = files.every((file) => names.some((name) => name.endsWith(`/assets/${file}`)));
  return all ? names.length : null;
}

/** How many charts the page has drawn (recharts' surfaces with marks in them). */
export function charts() {
  return [...document.querySelectorAll('svg.recharts-surface')].filter((svg) =>
    svg.querySelector('path, rect'),
  ).length;
}

/** Whether the page's path matches `pattern` (a regular expression's source). */
export function at(pattern) {
  return new RegExp(pattern).test(location.pathname);
}

/** The dashboard's key figures, once final (not aria-busy): label → "value | hint". */
export function keyFigures() {
  const group = document.querySelector('[role="group"][aria-label="Số liệu chính của kỳ"]');
  if (!group || group.getAttribute('aria-busy') === 'true') return null;
  const figures = {};
  for (const tile of group.querySelectorAll('.stat')) {
    const part = (name) => tile.querySelector(`.stat__${name}`)?.textContent?.trim() ?? '';
    figures[part('label')] = `${part('value')} | ${part('hint')}`;
  }
  return Object.keys(figures).length > 0 ? figures : null;
}

/** The preview card of an imported file (its text and the people's counts), once read. */
export function importCard(fileName) {
  const card = [...document.querySelectorAll('article')].find((article) =>
    (article.textContent ?? '').includes(fileName),
  );
  if (!card) return null;
  const row = [...card.querySelectorAll('tr')].find((tr) =>
    (tr.textContent ?? '').trim().startsWith('Quần chúng, đảng viên'),
  );
  if (!row) return null;
  const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim());
  return { text: card.innerText, people: cells };
}

/** Whether the card of an imported file shows `text` (its status, once applied). */
export function cardShows(fileName, text) {
  return [...document.querySelectorAll('article')].some(
    (article) => article.textContent.includes(fileName) && article.textContent.includes(text),
  );
}

/** The installation's home unit id, read from the app's IndexedDB ("ptdv", store "settings"). */
export async function homeUnitId() {
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open('ptdv');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const row = await new Promise((resolve, reject) => {
    const request = database.transaction('settings').objectStore('settings').get('installation');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  return row?.value?.homeUnitId ?? null;
}

/** Whether a service worker controls the page (installed, precached, activated). */
export function controlled() {
  return navigator.serviceWorker?.controller != null;
}

/**
 * Records errors in the page (for a browser whose driver reports none): uncaught errors, unhandled
 * rejections and console.error, into window.__smokeErrors. Once per document.
 */
export function recordErrors() {
  if (window.__smokeErrors) return;
  const errors = [];
  window.__smokeErrors = errors;
  window.addEventListener('error', (event) =>
    errors.push(`page error: ${event.error?.stack ?? event.message}`),
  );
  window.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${event.reason?.stack ?? event.reason}`),
  );
  const original = console.error;
  console.error = (...parts) => {
    errors.push(`console.error: ${parts.map(String).join(' ')}`);
    original.apply(console, parts);
  };
}

/** The errors `recordErrors` has seen since, emptied. */
export function takeErrors() {
  const errors = window.__smokeErrors ?? [];
  return errors.splice(0, errors.length);
}

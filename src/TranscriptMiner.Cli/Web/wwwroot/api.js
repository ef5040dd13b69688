// Shared helpers of the workbench's pages: the JSON API, escaping and the coder kept in this browser.

/** An API failure: the problem's detail, with its HTTP status. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = typeof body === 'string' ? body : (body.detail || body.title || response.statusText);
    throw new ApiError(response.status, message);
  }
  return body;
}

/** GET /api/... with query parameters (empty values left out); resolves to the parsed JSON. */
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') query.append(key, one);
    }
  }
  const url = query.toString() ? `${path}?${query}` : path;
  return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

/** POST a JSON body; resolves to the parsed JSON answer. */
export async function postJson(path, body) {
  return answer(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}

/** Escapes text for HTML. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** Builds an element from an HTML string (its first element). */
export function html(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild;
}

/** Shows an error in a container, as the pages do. */
export function showError(container, error) {
  container.innerHTML = `<p class="error" role="alert">${escapeHtml(error instanceof Error ? error.message : error)}</p>`;
}

/** Formats a number with thousands separators. */
export function formatNumber(n) {
  return Number(n ?? 0).toLocaleString('en-GB');
}

const coderKey = 'transcriptminer.coder';

/** The coder name chosen in this browser, or null. */
export function currentCoder() {
  return localStorage.getItem(coderKey);
}

/** Sets the coder name for this browser. */
export function setCoder(name) {
  const trimmed = (name || '').trim();
  if (trimmed) localStorage.setItem(coderKey, trimmed); else localStorage.removeItem(coderKey);
  document.dispatchEvent(new CustomEvent('coderchange', { detail: trimmed || null }));
}

/** Resolves to the coder name, asking once when this browser has none; resolves to null when the person cancels. */
export function ensureCoder(force = false) {
  const known = currentCoder();
  if (known && !force) return Promise.resolve(known);
  const dialog = document.getElementById('coder-dialog');
  const input = document.getElementById('coder-input');
  input.value = known || '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'ok' && input.value.trim()) {
        setCoder(input.value);
        resolve(currentCoder());
      } else {
        resolve(known);
      }
    }, { once: true });
    dialog.showModal();
    input.focus();
  });
}

/** Reads the hash route: { page, id, params } from '#/page/id?key=value'. */
export function parseRoute(hash = location.hash) {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, id] = path.split('/');
  return { page: page || 'search', id: id ? decodeURIComponent(id) : null, params: new URLSearchParams(query) };
}

/** Navigates to a page: go('documents', 12, { segment: 5 }). */
export function go(page, id = null, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') query.append(key, one);
    }
  }
  location.hash = `#/${page}${id !== null && id !== undefined ? '/' + encodeURIComponent(id) : ''}${query.toString() ? '?' + query : ''}`;
}

/** True when a key event comes from a text field (pages' shortcuts leave typing alone). */
export function isTyping(event) {
  const target = event.target;
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

// The workbench's shell: the hash router, the navigation and the coder button. Each page is a module whose
// render(view, route) fills the view and may return a function that undoes what it set up (key handlers).
import { currentCoder, ensureCoder, parseRoute, showError } from './api.js';

const pages = {
  search: () => import('./search.js'),
  documents: () => import('./document.js'),
  review: () => import('./review.js'),
  codebook: () => import('./codebook.js'),
  dashboard: () => import('./dashboard.js'),
};

let cleanup = null;
let generation = 0;

async function show() {
  const route = parseRoute();
  const view = document.getElementById('view');
  const current = ++generation;
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  const load = pages[route.page];
  for (const link of document.querySelectorAll('nav a')) {
    const active = link.dataset.page === route.page || (route.page === 'documents' && link.dataset.page === 'search');
    link.toggleAttribute('aria-current', active);
  }
  if (!load) {
    showError(view, `No page '${route.page}'.`);
    return;
  }
  view.innerHTML = '<p class="loading">Loading…</p>';
  try {
    const module = await load();
    if (current !== generation) return;
    const result = await module.render(view, route);
    if (current !== generation) {
      if (typeof result === 'function') result();
      return;
    }
    cleanup = result;
    document.title = `${view.dataset.title || route.page} · TranscriptMiner`;
  } catch (error) {
    if (current === generation) showError(view, error);
  }
}

function showCoder() {
  document.getElementById('coder-name').textContent = currentCoder() || 'not set';
}

document.getElementById('coder').addEventListener('click', () => ensureCoder(true));
document.addEventListener('coderchange', showCoder);
window.addEventListener('hashchange', show);
showCoder();
show();

// The search page: a query in Lucene syntax, filters, facets as one-click filters, hits with marked snippets and
// citations, paging. Its whole state lives in the hash (#/search?q=...&kind=...&page=2), so back/forward and reload work.
import { ApiError, escapeHtml, formatNumber, getJson, go, isTyping, showError } from './api.js';

/** Filters that take several values, with their labels (the hash and the API use the same names). */
const multi = [
  ['kind', 'Kind'],
  ['org', 'Organisation'],
  ['committee', 'Committee'],
  ['speaker', 'Speaker'],
  ['code', 'Confirmed code'],
  ['suggested', 'Suggested code'],
];
const kinds = [['Minutes', 'Minutes'], ['BoardPaper', 'Board paper'], ['Transcript', 'Transcript'], ['Other', 'Other']];
const lastSearchKey = 'transcriptminer.lastSearch';
let codebookPromise = null;
// What to focus after the next render (the page is rebuilt on every hash change): a selector, kept across one navigation.
let focusAfter = null;

/** The search the document view's "back to search" returns to. */
export function lastSearchHash() {
  return sessionStorage.getItem(lastSearchKey) || '#/search';
}

function kindLabel(value) {
  const found = kinds.find(([key]) => key.toLowerCase() === String(value).toLowerCase());
  return found ? found[1] : value;
}

function readState(params) {
  const state = { q: params.get('q') || '', from: params.get('from') || '', to: params.get('to') || '', sort: params.get('sort') || '', page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1) };
  for (const [key] of multi) state[key] = params.getAll(key).filter(v => v.trim() !== '');
  return state;
}

function hashParams(state) {
  const params = { q: state.q, from: state.from, to: state.to, sort: state.sort === 'relevance' ? '' : state.sort };
  for (const [key] of multi) params[key] = state[key];
  if (state.page > 1) params.page = state.page;
  return params;
}

function navigate(state, focus = null) {
  focusAfter = focus;
  go('search', null, hashParams(state));
}

function restoreFocus(view, box) {
  const selector = focusAfter;
  focusAfter = null;
  const target = selector ? view.querySelector(selector) : null;
  if (target) target.focus();
  else if (selector || !box.value) box.focus();
}

function hasSearch(state) {
  return state.q.trim() !== '' || state.from || state.to || multi.some(([key]) => state[key].length > 0);
}

/** The codebook's assignable codes for the code filters, or [] when /api/codebook is not there. */
function loadCodes() {
  codebookPromise ??= getJson('/api/codebook')
    .then(body => {
      const list = Array.isArray(body) ? body : (body.codes || []);
      return list.filter(c => c && c.id && !c.isGroup).map(c => ({ id: c.id, name: c.name || c.id }));
    })
    .catch(() => { codebookPromise = null; return []; });
  return codebookPromise;
}

function syntaxHelp() {
  const rows = [
    ['<code>waiting list</code>', 'both words (AND is the default)'],
    ['<code>data OR information</code>', 'either word'],
    ['<code>data NOT quality</code>, <code>data -quality</code>', 'without a word'],
    ['<code>"waiting list"</code>', 'the exact phrase'],
    ['<code>"data trust"~5</code>', 'the words within 5 words of each other'],
    ['<code>prescrib*</code>', 'any ending (not at the start of a word)'],
    ['<code>analyst~</code>', 'fuzzy: similar spellings'],
    ['<code>(data OR figures) AND trust*</code>', 'group with brackets'],
    ['<code>speaker:"Dr Smith"</code>', 'a field (quote values with spaces)'],
  ];
  const fields = ['text_exact (unstemmed wording)', 'speaker', 'organisation', 'committee', 'title', 'agenda_title', 'agenda_number', 'heading_path', 'doc_kind', 'kind (segment kind)', 'year', 'meeting_date'];
  return `
    <details class="syntax-help" id="syntax-help">
      <summary>Query syntax</summary>
      <table><tbody>${rows.map(([example, meaning]) => `<tr><td>${example}</td><td>${meaning}</td></tr>`).join('')}</tbody></table>
      <p class="muted">Words are stemmed: <code>prescribing</code> also finds <code>prescribed</code>. Fields: ${fields.map(f => `<code>${escapeHtml(f)}</code>`).join(', ')}.
      Quote references with a slash, e.g. <code>"PCCC/22/045"</code>. An empty query with filters lists every passage that fits them.
      Press <kbd>/</kbd> to jump to the search box, <kbd>j</kbd>/<kbd>k</kbd> to move between hits.</p>
    </details>`;
}

function formMarkup(state) {
  return `
    <form class="search-form" id="search-form" role="search" autocomplete="off">
      <div class="search-bar">
        <label for="search-q" class="visually-hidden">Search passages</label>
        <input id="search-q" name="q" type="search" value="${escapeHtml(state.q)}" placeholder='Search passages, e.g. "waiting list" AND data*' aria-describedby="search-error" spellcheck="false">
        <button type="submit" class="primary">Search</button>
      </div>
      <p id="search-error" class="error search-error" role="alert" hidden></p>
      ${syntaxHelp()}
      <fieldset class="search-filters">
        <legend class="visually-hidden">Filters</legend>
        <label>Kind <select name="kind"><option value="">any</option>${kinds.map(([value, label]) => `<option value="${value}">${label}</option>`).join('')}</select></label>
        <label>Organisation <input name="org" list="search-orgs" size="14"></label>
        <label>Speaker <input name="speaker" list="search-speakers" size="10"></label>
        <label>From <input name="from" type="date" value="${escapeHtml(state.from)}"></label>
        <label>To <input name="to" type="date" value="${escapeHtml(state.to)}"></label>
        <label>Confirmed code <input name="code" list="search-codes" size="13"></label>
        <label>Suggested code <input name="suggested" list="search-codes" size="13"></label>
        <label>Sort <select name="sort"><option value="relevance">relevance</option><option value="date"${state.sort === 'date' ? ' selected' : ''}>newest first</option></select></label>
        <button type="submit">Apply</button>
      </fieldset>
      <datalist id="search-orgs"></datalist><datalist id="search-speakers"></datalist><datalist id="search-codes"></datalist>
    </form>`;
}

function chipsMarkup(state) {
  const chips = [];
  for (const [key, label] of multi) {
    for (const value of state[key]) {
      const shown = key === 'kind' ? kindLabel(value) : value;
      chips.push(`<span class="chip filter-chip" data-key="${key}" data-value="${escapeHtml(value)}">${escapeHtml(label)}: ${escapeHtml(shown)}
        <button type="button" class="chip-remove" aria-label="Remove filter ${escapeHtml(label)} ${escapeHtml(shown)}" title="Remove">×</button></span>`);
    }
  }
  for (const [key, label] of [['from', 'From'], ['to', 'To']]) {
    if (state[key]) {
      chips.push(`<span class="chip filter-chip" data-key="${key}" data-value="${escapeHtml(state[key])}">${label}: ${escapeHtml(state[key])}
        <button type="button" class="chip-remove" aria-label="Remove filter ${label} ${escapeHtml(state[key])}" title="Remove">×</button></span>`);
    }
  }
  if (chips.length > 1) chips.push('<button type="button" class="link-button" id="search-clear">Clear filters</button>');
  return chips.join('');
}

function facetMarkup(facets, state) {
  const groups = [
    ['documentKind', 'Kind', 'kind'],
    ['organisation', 'Organisation', 'org'],
    ['year', 'Year', 'year'],
    ['speaker', 'Speaker', 'speaker'],
  ];
  return groups.map(([name, label, key]) => {
    const values = (facets && facets[name]) || [];
    if (values.length === 0) return '';
    const items = values.slice(0, 12).map(({ value, count }) => {
      const active = key === 'year'
        ? state.from === `${value}-01-01` && state.to === `${value}-12-31`
        : state[key].some(v => v.toLowerCase() === String(value).toLowerCase());
      const shown = key === 'kind' ? kindLabel(value) : value;
      return `<li><button type="button" class="facet-value${active ? ' active' : ''}" data-key="${key}" data-value="${escapeHtml(value)}" aria-pressed="${active}">
        <span class="facet-label" title="${escapeHtml(shown)}">${escapeHtml(shown)}</span><span class="facet-count">${formatNumber(count)}</span></button></li>`;
    }).join('');
    return `<section class="facet" aria-label="${label}"><h2>${label}</h2><ul>${items}</ul></section>`;
  }).join('');
}

function pageText(hit) {
  if (!hit.pageStart) return '';
  return hit.pageEnd > hit.pageStart ? `pp. ${hit.pageStart}–${hit.pageEnd}` : `p. ${hit.pageStart}`;
}

function hitMarkup(hit, index, offset) {
  const snippet = hit.snippet.map(part => part.match ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text)).join('');
  const facts = [
    hit.date ? escapeHtml(new Date(hit.date + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })) : '',
    escapeHtml(hit.organisation || ''),
    hit.committee ? escapeHtml(hit.committee) : '',
    hit.agendaItem ? `item ${escapeHtml(hit.agendaItem)}` : '',
    hit.speaker ? `<strong>${escapeHtml(hit.speaker)}</strong>` : '',
    pageText(hit),
  ].filter(Boolean).join(' · ');
  const codes = hit.confirmed.map(c => `<span class="chip confirmed" title="Confirmed by ${escapeHtml(c.coders.join(', '))}">${escapeHtml(c.name)}</span>`).join('');
  const href = `#/documents/${encodeURIComponent(hit.documentId)}?segment=${encodeURIComponent(hit.segmentId)}`;
  return `
    <li class="hit" data-segment="${hit.segmentId}">
      <div class="hit-head">
        <span class="hit-number muted">${offset + index + 1}.</span>
        <a class="hit-link" href="${href}">${escapeHtml(hit.title)}</a>
        <span class="chip kind-chip">${escapeHtml(kindLabel(hit.kind))}</span>
      </div>
      <div class="hit-facts muted">${facts}</div>
      <p class="snippet">${snippet}</p>
      <div class="hit-foot"><span class="citation">${escapeHtml(hit.citation)}</span>${codes ? `<span class="hit-codes">${codes}</span>` : ''}</div>
    </li>`;
}

function pagerMarkup(answer, state) {
  const pages = Math.max(1, Math.ceil(answer.totalHits / answer.size));
  if (pages <= 1) return '';
  const link = (page, label, rel) => {
    const hash = new URLSearchParams();
    for (const [key, value] of Object.entries(hashParams({ ...state, page }))) {
      for (const one of Array.isArray(value) ? value : [value]) if (one !== '' && one !== undefined && one !== null) hash.append(key, one);
    }
    return `<a class="button" rel="${rel}" href="#/search?${hash}">${label}</a>`;
  };
  const reachable = Math.min(pages, Math.floor(10000 / answer.size));
  return `
    ${state.page > 1 ? link(state.page - 1, '← Previous', 'prev') : '<span class="button disabled" aria-disabled="true">← Previous</span>'}
    <span class="pager-status">Page ${formatNumber(state.page)} of ${formatNumber(pages)}</span>
    ${state.page < reachable ? link(state.page + 1, 'Next →', 'next') : '<span class="button disabled" aria-disabled="true">Next →</span>'}`;
}

function addFilter(state, key, value) {
  const next = { ...state, page: 1 };
  if (key === 'year') {
    next.from = `${value}-01-01`;
    next.to = `${value}-12-31`;
    return next;
  }
  if (!next[key].some(v => v.toLowerCase() === value.toLowerCase())) next[key] = [...next[key], value];
  return next;
}

function removeFilter(state, key, value) {
  const next = { ...state, page: 1 };
  if (key === 'from' || key === 'to') next[key] = '';
  else next[key] = next[key].filter(v => v !== value);
  return next;
}

function fillCodes(list) {
  loadCodes().then(codes => {
    list.innerHTML = codes.map(c => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`).join('');
  });
}

export async function render(view, route) {
  const state = readState(route.params);
  view.dataset.title = state.q ? `“${state.q}”` : 'Search';
  view.innerHTML = `
    <div class="search-page">
      <h1 class="visually-hidden">Search</h1>
      ${formMarkup(state)}
      <div class="search-chips" id="search-chips" role="group" aria-label="Active filters">${chipsMarkup(state)}</div>
      <div class="search-layout">
        <aside class="search-facets" id="search-facets" aria-label="Refine by"></aside>
        <section class="search-results" aria-label="Results">
          <p class="search-status" id="search-status" aria-live="polite" tabindex="-1"></p>
          <ol class="hits" id="search-hits"></ol>
          <nav class="pager" id="search-pager" aria-label="Result pages"></nav>
        </section>
      </div>
    </div>`;

  const form = view.querySelector('#search-form');
  const box = view.querySelector('#search-q');
  const status = view.querySelector('#search-status');
  const hitsList = view.querySelector('#search-hits');
  const errorBox = view.querySelector('#search-error');
  fillCodes(view.querySelector('#search-codes'));

  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    let next = { ...state, q: String(data.get('q') || '').trim(), from: String(data.get('from') || ''), to: String(data.get('to') || ''), sort: String(data.get('sort') || ''), page: 1 };
    for (const key of ['kind', 'org', 'speaker', 'code', 'suggested']) {
      const value = String(data.get(key) || '').trim();
      if (value) next = addFilter(next, key, value);
    }
    navigate(next, '#search-q');
  });
  view.querySelector('#search-chips').addEventListener('click', event => {
    if (event.target.closest('#search-clear')) {
      navigate({ ...readState(new URLSearchParams()), q: state.q, sort: state.sort }, '#search-q');
      return;
    }
    const chip = event.target.closest('.chip-remove') && event.target.closest('.filter-chip');
    if (chip) navigate(removeFilter(state, chip.dataset.key, chip.dataset.value), '.chip-remove, #search-status');
  });
  view.querySelector('#search-facets').addEventListener('click', event => {
    const button = event.target.closest('.facet-value');
    if (!button) return;
    const { key, value } = button.dataset;
    const active = button.classList.contains('active');
    const focus = `.facet-value[data-key="${CSS.escape(key)}"][data-value="${CSS.escape(value)}"]`;
    if (active && key === 'year') navigate({ ...state, from: '', to: '', page: 1 }, focus);
    else if (active) navigate(removeFilter(state, key, state[key].find(v => v.toLowerCase() === value.toLowerCase())), focus);
    else navigate(addFilter(state, key, value), focus);
  });
  view.querySelector('#search-pager').addEventListener('click', event => {
    if (event.target.closest('a')) focusAfter = '#search-status';
  });

  const onKey = event => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/' && !isTyping(event)) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (event.key === 'Escape' && event.target === box) {
      box.blur();
    } else if ((event.key === 'j' || event.key === 'k') && !isTyping(event)) {
      const links = [...hitsList.querySelectorAll('.hit-link')];
      if (links.length === 0) return;
      const at = links.indexOf(document.activeElement);
      const next = event.key === 'j' ? Math.min(links.length - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1);
      event.preventDefault();
      links[next].focus();
      links[next].scrollIntoView({ block: 'nearest' });
    }
  };
  document.addEventListener('keydown', onKey);
  const cleanup = () => document.removeEventListener('keydown', onKey);

  if (!hasSearch(state)) {
    restoreFocus(view, box);
    status.innerHTML = 'Type words to search every passage, or pick filters. <span class="muted">Press <kbd>/</kbd> to come back to the box.</span>';
    return cleanup;
  }

  sessionStorage.setItem(lastSearchKey, location.hash);
  status.textContent = 'Searching…';
  try {
    const answer = await getJson('/api/search', { ...hashParams(state), sort: state.sort, page: state.page, size: 20 });
    const offset = (answer.page - 1) * answer.size;
    const shownTo = offset + answer.hits.length;
    status.innerHTML = answer.totalHits === 0
      ? 'No passages match. <span class="muted">Try fewer words, OR, a wildcard (<code>word*</code>) or fewer filters.</span>'
      : `<strong>${formatNumber(answer.totalHits)}</strong> passage${answer.totalHits === 1 ? '' : 's'}${answer.hits.length ? ` · showing ${formatNumber(offset + 1)}–${formatNumber(shownTo)}` : ''} <span class="muted">· ${formatNumber(answer.elapsedMs)} ms</span>`;
    hitsList.innerHTML = answer.hits.map((hit, i) => hitMarkup(hit, i, offset)).join('');
    hitsList.start = offset + 1;
    view.querySelector('#search-facets').innerHTML = facetMarkup(answer.facets, state);
    view.querySelector('#search-pager').innerHTML = pagerMarkup(answer, state);
    view.querySelector('#search-orgs').innerHTML = (answer.facets.organisation || []).map(f => `<option value="${escapeHtml(f.value)}">`).join('');
    view.querySelector('#search-speakers').innerHTML = (answer.facets.speaker || []).map(f => `<option value="${escapeHtml(f.value)}">`).join('');
    restoreFocus(view, box);
  } catch (error) {
    focusAfter = null;
    status.textContent = '';
    if (error instanceof ApiError && error.status === 400) {
      errorBox.textContent = error.message;
      errorBox.hidden = false;
      box.setAttribute('aria-invalid', 'true');
      box.focus();
    } else {
      showError(view.querySelector('.search-results'), error);
    }
  }
  return cleanup;
}

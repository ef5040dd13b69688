// The review page: one segment at a time, keyboard first. Decisions go through the same API the terminal review's
// CodingStore calls do (durable and audited); the undo stack of this browser session is kept in sessionStorage.
import { ApiError, ensureCoder, escapeHtml, formatNumber, getJson, go, isTyping, postJson } from './api.js';

const undoKey = 'transcriptminer.review.undo';
const countsKey = 'transcriptminer.review.counts';

const help = [
  ['a', 'accept the selected code'],
  ['r', 'reject the selected code'],
  ['A / R', 'accept / reject every pending code'],
  ['↑ ↓ / k j', 'move the selection'],
  ['1 … N', 'add a code from the palette (more than 9 codes: type the number; Enter commits, Esc clears)'],
  ['n', 'next segment (skip)'],
  ['u', 'undo your last decision of this session'],
  ['?', 'show / hide these keys'],
];

function readStore(key, fallback) {
  try {
    return JSON.parse(sessionStorage.getItem(key)) ?? fallback;
  } catch {
    return fallback;
  }
}

function writeStore(key, value) {
  sessionStorage.setItem(key, JSON.stringify(value));
}

function scoreText(score) {
  return score === null || score === undefined ? '–' : Number(score).toFixed(2);
}

function kindLabel(candidate) {
  if (candidate.kind === 'flag') return 'flagged';
  if (candidate.kind === 'added') return 'added';
  return 'suggested';
}

/** Renders the segment's text with every candidate's evidence marked; the selected code's evidence stands out. */
function markedText(segment, selected) {
  const spans = selected ? selected.evidence : [];
  let offset = 0;
  return segment.parts.map(part => {
    const start = offset;
    offset += part.text.length;
    if (!part.evidence) return escapeHtml(part.text);
    const current = spans.some(s => s.start < offset && s.start + s.length > start);
    return `<mark${current ? ' class="current"' : ''}>${escapeHtml(part.text)}</mark>`;
  }).join('');
}

function contextBlock(segments, label) {
  if (!segments.length) return '';
  return `<div class="review-context" role="group" aria-label="${label}">${segments.map(s =>
    `<p><span class="muted">${escapeHtml([s.speaker, s.agendaItem].filter(Boolean).join(' · '))}</span> ${escapeHtml(s.text)}</p>`).join('')}</div>`;
}

export async function render(view, route) {
  view.dataset.title = 'review';
  const params = route.params;
  const filters = { code: params.get('code') || '', order: params.get('order') || '', document: params.get('document') || '' };

  const coder = await ensureCoder();
  if (!coder) {
    view.innerHTML = `<h1>Review</h1><p class="notice">Set your coder name first: decisions are recorded and audited under it.
      <button type="button" class="primary" id="review-set-coder">Set coder name</button></p>`;
    const retry = () => render(view, route);
    view.querySelector('#review-set-coder').addEventListener('click', () => ensureCoder(true).then(name => { if (name) retry(); }));
    return undefined;
  }

  const state = {
    coder,
    ids: [],
    total: 0,
    order: '',
    codes: [],
    index: 0,
    item: null,
    selected: 0,
    buffer: '',
    ended: false,
    closed: false,
  };
  let chain = Promise.resolve();

  view.innerHTML = `
    <div class="review-top">
      <h1>Review</h1>
      <form class="review-filters" id="review-filters">
        <label>Code <select id="review-code"><option value="">All codes</option></select></label>
        <label>Order <select id="review-order">
          <option value="">Default</option>
          <option value="uncertainty">Most uncertain first</option>
          <option value="score">Highest score first</option>
          <option value="document">Document order</option>
        </select></label>
        ${filters.document ? `<span class="chip">document ${escapeHtml(filters.document)} <a href="#/review" id="review-clear-document" aria-label="Show every document">×</a></span>` : ''}
      </form>
      <p class="review-progress" id="review-progress" aria-live="off"></p>
      <button type="button" id="review-help-button" aria-expanded="false" aria-controls="review-help" title="Keys (?)">Keys <kbd>?</kbd></button>
    </div>
    <section class="card review-help" id="review-help" hidden aria-label="Review keys">
      <h2>Keys</h2>
      <table><tbody>${help.map(([key, what]) => `<tr><th scope="row"><kbd>${escapeHtml(key)}</kbd></th><td>${escapeHtml(what)}</td></tr>`).join('')}</tbody></table>
    </section>
    <p class="review-status" id="review-status" role="status" aria-live="polite"></p>
    <div id="review-body"><p class="loading">Loading the review queue…</p></div>`;

  const body = view.querySelector('#review-body');
  const status = view.querySelector('#review-status');
  const progress = view.querySelector('#review-progress');
  const codeSelect = view.querySelector('#review-code');
  const orderSelect = view.querySelector('#review-order');
  const helpBox = view.querySelector('#review-help');
  const helpButton = view.querySelector('#review-help-button');

  const say = (message, isError = false) => {
    status.textContent = message;
    status.classList.toggle('error', isError);
  };

  const counts = () => readStore(countsKey, { accepted: 0, rejected: 0, added: 0 });
  const count = (kind, delta) => {
    const c = counts();
    c[kind] = Math.max(0, (c[kind] || 0) + delta);
    writeStore(countsKey, c);
  };

  const showProgress = () => {
    const c = counts();
    const position = state.item && !state.ended ? `Segment ${formatNumber(Math.min(state.index + 1, state.ids.length))} of ${formatNumber(state.total)}` : `${formatNumber(state.total)} in the queue`;
    progress.innerHTML = `${escapeHtml(position)} · this session: <span class="good">${formatNumber(c.accepted)} accepted</span>, <span class="bad">${formatNumber(c.rejected)} rejected</span>, ${formatNumber(c.added)} added`;
  };

  const toggleHelp = (show = helpBox.hidden) => {
    helpBox.hidden = !show;
    helpButton.setAttribute('aria-expanded', String(show));
  };

  const paletteMarkup = () => {
    const onSegment = new Set((state.item ? state.item.candidates : []).filter(c => c.verdict === 'accepted').map(c => c.codeId.toLowerCase()));
    const single = state.codes.length <= 9;
    return `<section class="card review-palette" aria-label="Add a code">
      <h2>Add a code <span class="muted">${single ? 'press its number' : 'type its number (Enter commits, Esc clears)'}</span>
        <output class="review-buffer" id="review-buffer" aria-live="polite">${state.buffer ? `number: <kbd>${escapeHtml(state.buffer)}</kbd>` : ''}</output></h2>
      <ol class="review-codes">${state.codes.map(c => `<li><button type="button"${onSegment.has(c.id.toLowerCase()) ? ' class="on-segment"' : ''} data-code="${escapeHtml(c.id)}" data-number="${c.number}" title="${escapeHtml(c.description || c.id)}"><kbd>${c.number}</kbd> ${escapeHtml(c.name)}</button></li>`).join('')}</ol>
    </section>`;
  };

  const showBuffer = () => {
    const output = view.querySelector('#review-buffer');
    if (output) output.innerHTML = state.buffer ? `number: <kbd>${escapeHtml(state.buffer)}</kbd>` : '';
  };

  const showItem = () => {
    const item = state.item;
    const segment = item.segment;
    const selected = item.candidates[state.selected];
    const pages = segment.pageStart > 0 ? (segment.pageEnd > segment.pageStart ? `pp. ${segment.pageStart}–${segment.pageEnd}` : `p. ${segment.pageStart}`) : '';
    const flags = item.flags.length
      ? `<p class="notice review-flags">${item.flags.map(f => `Decision on <strong>${escapeHtml(f.codeId)}</strong> needs confirming: ${escapeHtml(f.reason)}`).join('<br>')}</p>`
      : '';
    const rows = item.candidates.map((c, i) => {
      const verdict = c.verdict ? `<span class="chip ${c.verdict === 'accepted' ? 'confirmed' : 'rejected'}">${escapeHtml(c.verdict)}</span>` : '<span class="chip suggested">pending</span>';
      const width = c.score === null || c.score === undefined ? 0 : Math.round(Math.max(0, Math.min(1, c.score)) * 100);
      return `<li role="option" id="review-candidate-${i}" data-index="${i}" data-code="${escapeHtml(c.codeId)}" aria-selected="${i === state.selected}" class="review-candidate${i === state.selected ? ' selected' : ''}${c.isPending ? '' : ' decided'}">
        <span class="review-name"><strong>${escapeHtml(c.codeName)}</strong> <span class="muted">${escapeHtml(c.codeId)}</span></span>
        <span class="review-score" title="score ${scoreText(c.score)}"><span class="bar"><span style="width:${width}%"></span></span> ${scoreText(c.score)}</span>
        <span class="review-source muted">${escapeHtml(kindLabel(c))} · ${escapeHtml(c.source)}${c.flagReason ? ` · <span class="bad">${escapeHtml(c.flagReason)}</span>` : ''}</span>
        ${verdict}
      </li>`;
    }).join('');
    body.innerHTML = `
      <article class="card review-item" aria-labelledby="review-citation" data-segment-id="${escapeHtml(segment.id)}">
        <p class="citation" id="review-citation">${escapeHtml(segment.citation)}</p>
        <p class="review-meta">
          <a href="#/documents/${encodeURIComponent(segment.documentId)}?segment=${encodeURIComponent(segment.id)}" id="review-document">${escapeHtml(segment.documentTitle)}</a>
          ${segment.speaker ? `<span class="chip">${escapeHtml(segment.speaker)}</span>` : ''}
          ${segment.agendaItem ? `<span class="chip">item ${escapeHtml(segment.agendaItem)}</span>` : ''}
          ${pages ? `<span class="muted">${escapeHtml(pages)}</span>` : ''}
          <span class="muted">segment ${escapeHtml(segment.id)}</span>
        </p>
        ${contextBlock(item.before, 'Context before')}
        <blockquote class="review-text" id="review-text">${markedText(segment, selected)}</blockquote>
        ${contextBlock(item.after, 'Context after')}
      </article>
      ${flags}
      <section class="card review-candidates-card" aria-label="Candidate codes">
        <h2>Codes on this segment <span class="muted"><kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>↑</kbd><kbd>↓</kbd> select</span></h2>
        ${item.candidates.length
          ? `<ul class="review-candidates" role="listbox" aria-label="Candidate codes" aria-activedescendant="review-candidate-${state.selected}" tabindex="0">${rows}</ul>
             ${selected && selected.description ? `<p class="review-description"><strong>${escapeHtml(selected.codeName)}:</strong> ${escapeHtml(selected.description)}</p>` : ''}
             <p class="review-actions"><button type="button" class="primary" id="review-accept">Accept <kbd>a</kbd></button>
               <button type="button" id="review-reject">Reject <kbd>r</kbd></button>
               <button type="button" id="review-skip">Next <kbd>n</kbd></button>
               <button type="button" id="review-undo">Undo <kbd>u</kbd></button></p>`
          : '<p class="muted">No suggestion left on this segment: add a code with its number, or press <kbd>n</kbd>.</p>'}
      </section>
      ${paletteMarkup()}`;
    showProgress();
  };

  const showEnd = (message) => {
    state.ended = true;
    state.item = null;
    body.innerHTML = `<section class="card review-empty"><h2>${escapeHtml(message)}</h2>
      <p class="muted">Nothing is waiting for <strong>${escapeHtml(state.coder)}</strong>${filters.code ? ` on code ${escapeHtml(filters.code)}` : ''}${filters.document ? ` in document ${escapeHtml(filters.document)}` : ''}.
      Suggest more codes (<code>transcriptminer suggest</code>) or change the filters; <kbd>u</kbd> still undoes your last decision.</p></section>`;
    showProgress();
  };

  const fail = (error) => say(error instanceof Error ? error.message : String(error), true);

  const fetchItem = (segmentId) => getJson(`/api/review/items/${encodeURIComponent(segmentId)}`, { coder: state.coder, code: filters.code });

  const loadQueue = async () => {
    const queue = await getJson('/api/review/queue', { coder: state.coder, code: filters.code, order: filters.order, document: filters.document });
    state.total = queue.total;
    state.order = queue.order;
    state.codes = queue.codes;
    return queue.segmentIds;
  };

  /** Shows a segment; preferring a code's row for the selection, else the first pending one. */
  const show = (item, preferCode = null) => {
    state.item = item;
    state.ended = false;
    state.buffer = '';
    let selected = preferCode ? item.candidates.findIndex(c => c.codeId.toLowerCase() === preferCode.toLowerCase()) : -1;
    if (selected < 0) selected = Math.max(0, item.candidates.findIndex(c => c.isPending));
    state.selected = selected;
    showItem();
  };

  /** Moves to the first segment from an index on that still has something to decide (reads the queue again at its end). */
  const moveTo = async (index) => {
    for (;;) {
      if (state.closed) return;
      if (index >= state.ids.length) {
        const listed = new Set(state.ids);
        const fresh = (await loadQueue()).filter(id => !listed.has(id));
        if (!fresh.length) {
          state.index = state.ids.length;
          showEnd(state.ids.length ? 'End of the review queue' : 'Nothing to review');
          return;
        }
        state.ids.push(...fresh);
      }
      try {
        const item = await fetchItem(state.ids[index]);
        if (item.candidates.some(c => c.isPending)) {
          state.index = index;
          show(item);
          return;
        }
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
      index++;
    }
  };

  /** After a decision: stays while the segment has undecided codes, otherwise moves on. */
  const afterDecision = async (segmentId, codeId) => {
    let item = null;
    try {
      item = await fetchItem(segmentId);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    if (item && item.candidates.some(c => c.isPending)) {
      show(item, item.candidates.find(c => c.isPending)?.codeId ?? codeId);
    } else {
      await moveTo(state.index + 1);
    }
  };

  const record = async (candidateOrCode, verdict, kind) => {
    const segmentId = state.item.segment.id;
    const decision = await postJson('/api/review/decisions', { segmentId, codeId: candidateOrCode, verdict, coder: state.coder });
    const stack = readStore(undoKey, []);
    stack.push({ decisionId: decision.id, segmentId, codeId: decision.codeId, verdict: decision.verdict, kind });
    writeStore(undoKey, stack);
    count(kind, +1);
    return decision;
  };

  const decide = async (verdict) => {
    if (!state.item) return say('Nothing to decide here.');
    const candidate = state.item.candidates[state.selected];
    if (!candidate) return say('No suggestion on this segment: add a code with its number, or press n.');
    if (candidate.verdict === verdict) return say(`'${candidate.codeId}' is already ${verdict}.`);
    const decision = await record(candidate.codeId, verdict, verdict === 'accepted' ? 'accepted' : 'rejected');
    await afterDecision(decision.segmentId, decision.codeId);
    say(`${verdict} '${decision.codeId}' on segment ${decision.segmentId}`);
  };

  const decideAll = async (verdict) => {
    if (!state.item) return say('Nothing to decide here.');
    const pending = state.item.candidates.filter(c => c.isPending);
    if (!pending.length) return say('Every code on this segment is decided.');
    const segmentId = state.item.segment.id;
    for (const candidate of pending) await record(candidate.codeId, verdict, verdict === 'accepted' ? 'accepted' : 'rejected');
    await afterDecision(segmentId, null);
    say(`${verdict} ${pending.map(c => `'${c.codeId}'`).join(', ')} on segment ${segmentId}`);
  };

  const addCode = async (number) => {
    const code = state.codes.find(c => c.number === number);
    if (!code) return say(`No code number ${number}: the palette has 1 to ${state.codes.length}.`, true);
    if (!state.item) return say('No segment to add a code to.', true);
    const listed = state.item.candidates.find(c => c.codeId.toLowerCase() === code.id.toLowerCase());
    if (listed && listed.verdict === 'accepted') return say(`'${code.id}' is already accepted.`);
    const decision = await record(code.id, 'accepted', listed && listed.kind !== 'added' ? 'accepted' : 'added');
    show(await fetchItem(decision.segmentId), decision.codeId);
    say(`${listed && listed.kind !== 'added' ? 'accepted' : 'added'} '${decision.codeId}' on segment ${decision.segmentId}`);
  };

  const undo = async () => {
    const stack = readStore(undoKey, []);
    const last = stack.pop();
    if (!last) return say('Nothing to undo in this session.');
    let restored = '';
    try {
      const answer = await postJson('/api/review/undo', { decisionId: last.decisionId, coder: state.coder });
      writeStore(undoKey, stack);
      count(last.kind, -1);
      restored = answer.restored ? ` (your earlier ${answer.restored.verdict} is in force again)` : '';
    } catch (error) {
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) {
        writeStore(undoKey, stack);
        say(`Not undone: ${error.message}`, true);
        return undefined;
      }
      throw error;
    }
    const at = state.ids.indexOf(last.segmentId);
    if (at >= 0) state.index = at;
    try {
      show(await fetchItem(last.segmentId), last.codeId);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    say(`undid ${last.verdict} '${last.codeId}' on segment ${last.segmentId}${restored}`);
    return undefined;
  };

  const typeDigit = async (digit) => {
    const total = state.codes.length;
    if (!total) return say('The codebook has no assignable codes.', true);
    if (total <= 9) {
      if (digit === 0) return undefined;
      return addCode(digit);
    }
    if (!state.buffer && digit === 0) return undefined;
    state.buffer += String(digit);
    const value = Number(state.buffer);
    if (value > total) {
      state.buffer = '';
      showBuffer();
      return say(`No code number ${value}: the palette has 1 to ${total}.`, true);
    }
    if (value * 10 > total) {
      state.buffer = '';
      showBuffer();
      return addCode(value);
    }
    showBuffer();
    return undefined;
  };

  const commitBuffer = async () => {
    if (!state.buffer) return undefined;
    const value = Number(state.buffer);
    state.buffer = '';
    showBuffer();
    return addCode(value);
  };

  const moveSelection = (step) => {
    if (!state.item || !state.item.candidates.length) return;
    const n = state.item.candidates.length;
    state.selected = (state.selected + step + n) % n;
    showItem();
    view.querySelector('.review-candidate.selected')?.scrollIntoView({ block: 'nearest' });
  };

  const skip = async () => {
    if (state.ended) return say('End of the review queue.');
    say('');
    return moveTo(state.index + 1);
  };

  /** Runs actions one after another, in the order the keys came. */
  const run = (action) => {
    chain = chain.then(action).catch(fail).then(() => showProgress());
    return chain;
  };

  const onKey = (event) => {
    if (state.closed || event.ctrlKey || event.altKey || event.metaKey || isTyping(event)) return;
    if (document.querySelector('dialog[open]')) return;
    const key = event.key;
    let action = null;
    if (/^[0-9]$/.test(key)) action = () => typeDigit(Number(key));
    else if (key === 'Enter' && state.buffer) action = commitBuffer;
    else if (key === 'Escape') {
      if (state.buffer) {
        state.buffer = '';
        showBuffer();
        say('Code number cleared.');
      }
      toggleHelp(false);
      event.preventDefault();
      return;
    } else if (key === 'a') action = () => decide('accepted');
    else if (key === 'r') action = () => decide('rejected');
    else if (key === 'A') action = () => decideAll('accepted');
    else if (key === 'R') action = () => decideAll('rejected');
    else if (key === 'n' || key === 'N') action = skip;
    else if (key === 'u' || key === 'U') action = undo;
    else if (key === 'ArrowDown' || key === 'j') action = () => moveSelection(1);
    else if (key === 'ArrowUp' || key === 'k') action = () => moveSelection(-1);
    else if (key === '?') action = () => toggleHelp();
    if (!action) return;
    event.preventDefault();
    run(action);
  };

  const onClick = (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const row = target.closest('.review-candidate');
    if (row) {
      state.selected = Number(row.dataset.index);
      showItem();
      return;
    }
    const codeButton = target.closest('button[data-code]');
    if (codeButton) {
      const code = state.codes.find(c => c.id === codeButton.dataset.code);
      if (code) run(() => addCode(code.number));
      return;
    }
    const actions = { 'review-accept': () => decide('accepted'), 'review-reject': () => decide('rejected'), 'review-skip': skip, 'review-undo': undo };
    const button = target.closest('button[id]');
    if (button && actions[button.id]) run(actions[button.id]);
    if (button && button.id === 'review-help-button') toggleHelp();
  };

  const onCoderChange = () => go('review', null, filters);

  const applyFilters = () => go('review', null, { code: codeSelect.value, order: orderSelect.value, document: filters.document });
  codeSelect.addEventListener('change', applyFilters);
  orderSelect.addEventListener('change', applyFilters);
  view.querySelector('#review-filters').addEventListener('submit', event => event.preventDefault());
  document.addEventListener('keydown', onKey);
  view.addEventListener('click', onClick);
  document.addEventListener('coderchange', onCoderChange);

  const cleanup = () => {
    state.closed = true;
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('coderchange', onCoderChange);
    view.removeEventListener('click', onClick);
  };

  try {
    state.ids = await loadQueue();
    codeSelect.insertAdjacentHTML('beforeend', state.codes.map(c => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`).join(''));
    codeSelect.value = filters.code;
    orderSelect.value = filters.order;
    orderSelect.options[0].textContent = `Default (${state.order})`;
    await moveTo(0);
  } catch (error) {
    body.innerHTML = '';
    fail(error);
  }
  return cleanup;
}

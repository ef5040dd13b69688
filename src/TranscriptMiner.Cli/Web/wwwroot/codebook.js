// The codebook page (#/codebook): the code tree with definitions, keywords and each code's confirmed, pending and
// rejected counts (small bars), links to search and review, and a filter box ("/" focuses it).
import { escapeHtml, formatNumber, getJson, isTyping, showError } from './api.js';

function bar(value, max, kind) {
  const width = max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 100)) : 0;
  return `<span class="bar" aria-hidden="true"><span class="bar-fill ${kind}" style="width:${width}%"></span></span>`;
}

function definition(term, text) {
  return text ? `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>` : '';
}

function codeCard(code, max, childCount, totals) {
  const id = encodeURIComponent(code.id);
  const keywords = code.keywords.length
    ? `<dt>Keywords</dt><dd class="keywords">${code.keywords.map(k => `<span class="chip">${escapeHtml(k)}</span>`).join('')}</dd>`
    : '';
  const examples = code.examples.length
    ? `<details class="examples"><summary>${code.examples.length} example${code.examples.length === 1 ? '' : 's'}</summary><ul>${code.examples.map(e => `<li>${escapeHtml(e)}</li>`).join('')}</ul></details>`
    : '';
  const counts = code.assignable
    ? `<div class="code-counts">
        <a class="count-row" href="#/search?code=${id}" title="Search the segments confirmed with this code">
          <span class="count-label">Confirmed</span>${bar(code.confirmed, max, 'confirmed')}<span class="count-value">${formatNumber(code.confirmed)}</span></a>
        <a class="count-row" href="#/search?suggested=${id}" title="Search the segments suggested for this code">
          <span class="count-label">Suggested</span>${bar(code.suggested, max, 'suggested')}<span class="count-value">${formatNumber(code.suggested)}</span></a>
        <a class="count-row" href="#/review?code=${id}" title="Review this code's pending suggestions">
          <span class="count-label">To review</span>${bar(code.pending, max, 'pending')}<span class="count-value">${formatNumber(code.pending)}</span></a>
        <span class="count-row" title="Segments a coder rejected for this code">
          <span class="count-label">Rejected</span>${bar(code.rejected, max, 'rejected')}<span class="count-value">${formatNumber(code.rejected)}</span></span>
      </div>`
    : `<div class="code-counts muted">Group of ${childCount} code${childCount === 1 ? '' : 's'}:
        ${formatNumber(totals.confirmed)} confirmed, ${formatNumber(totals.pending)} to review</div>`;
  return `<article class="code card${code.assignable ? '' : ' group'}" data-code="${escapeHtml(code.id)}" style="margin-left:${code.depth * 1.5}rem">
    <div class="code-main">
      <h2><span class="code-name">${escapeHtml(code.name)}</span> <code class="code-id">${escapeHtml(code.id)}</code></h2>
      <dl>
        ${definition('Description', code.description)}
        ${definition('When to use', code.whenToUse)}
        ${definition('When not to use', code.whenNotToUse)}
        ${keywords}
      </dl>
      ${examples}
    </div>
    ${counts}
  </article>`;
}

function searchable(code) {
  return [code.id, code.name, code.description, code.whenToUse, code.whenNotToUse, ...code.keywords].join(' ').toLowerCase();
}

export async function render(view) {
  view.dataset.title = 'codebook';
  let data;
  try {
    data = await getJson('/api/codebook');
  } catch (error) {
    showError(view, error);
    return undefined;
  }

  const codes = data.codes;
  const max = Math.max(1, ...codes.map(c => Math.max(c.confirmed, c.suggested, c.pending, c.rejected)));
  const children = new Map();
  for (const code of codes) {
    if (code.parent) children.set(code.parent, (children.get(code.parent) || 0) + 1);
  }
  const byId = new Map(codes.map(c => [c.id, c]));
  const totals = new Map(codes.map(c => [c.id, { confirmed: 0, pending: 0 }]));
  for (const code of codes.filter(c => c.assignable)) {
    for (let p = byId.get(code.parent); p; p = byId.get(p.parent)) {
      const sum = totals.get(p.id);
      if (sum.seen?.has(code.id)) break;
      (sum.seen ??= new Set()).add(code.id);
      sum.confirmed += code.confirmed;
      sum.pending += code.pending;
    }
  }
  const assignable = codes.filter(c => c.assignable).length;
  view.innerHTML = `
    <div class="page-head">
      <h1>Codebook <span class="muted">${escapeHtml(data.name)}</span></h1>
      <p class="muted">${formatNumber(assignable)} codes in ${formatNumber(codes.length - assignable)} groups ·
        ${formatNumber(data.confirmed)} confirmed · ${formatNumber(data.pending)} to review · ${formatNumber(data.rejected)} rejected</p>
    </div>
    <div class="codebook-filter">
      <label for="codebook-filter">Filter codes</label>
      <input id="codebook-filter" type="search" placeholder="name, id, keyword or definition" autocomplete="off">
      <span class="muted">press <kbd>/</kbd> to filter</span>
      <span id="codebook-shown" class="muted" role="status" aria-live="polite"></span>
    </div>
    <div class="codebook-legend muted" aria-hidden="true">
      <span><span class="swatch confirmed"></span>confirmed</span><span><span class="swatch suggested"></span>suggested</span>
      <span><span class="swatch pending"></span>to review</span><span><span class="swatch rejected"></span>rejected</span>
    </div>
    <div id="codebook-tree">${codes.map(c => codeCard(c, max, children.get(c.id) || 0, totals.get(c.id))).join('')}</div>
    <p id="codebook-empty" class="notice" hidden>No code matches the filter.</p>`;

  const filter = view.querySelector('#codebook-filter');
  const shown = view.querySelector('#codebook-shown');
  const cards = [...view.querySelectorAll('#codebook-tree .code')];
  const texts = codes.map(searchable);

  function apply() {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const visible = new Set();
    codes.forEach((code, i) => {
      if (words.every(w => texts[i].includes(w))) {
        // Keep the ancestors so a match stays in its place in the tree.
        for (let c = code; c && !visible.has(c.id); c = byId.get(c.parent)) visible.add(c.id);
      }
    });
    cards.forEach((card, i) => { card.hidden = !visible.has(codes[i].id); });
    const count = codes.filter(c => c.assignable && visible.has(c.id)).length;
    shown.textContent = words.length ? `${count} of ${assignable} codes shown` : '';
    view.querySelector('#codebook-empty').hidden = visible.size > 0;
  }

  filter.addEventListener('input', apply);
  const onKey = event => {
    if (event.key === '/' && !isTyping(event) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      filter.focus();
    } else if (event.key === 'Escape' && event.target === filter && filter.value) {
      filter.value = '';
      apply();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

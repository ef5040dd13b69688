// The document view: metadata, an outline of agenda items, and every segment in order with its pages, speaker and
// coding (confirmed codes green, pending suggestions blue). ?segment=ID scrolls to that segment and highlights it.
import { escapeHtml, formatNumber, getJson, isTyping } from './api.js';
import { lastSearchHash } from './search.js';

const segmentKinds = { preamble: 'preamble', attendance: 'attendance', actionLog: 'action log', table: 'table' };
const kindLabels = { minutes: 'Minutes', boardPaper: 'Board paper', transcript: 'Transcript', other: 'Other' };

function formatDate(date) {
  return date ? new Date(date + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
}

function pages(segment) {
  if (!segment.pageStart) return '';
  return segment.pageEnd > segment.pageStart ? `pp. ${segment.pageStart}–${segment.pageEnd}` : `p. ${segment.pageStart}`;
}

function cue(time) {
  return time ? String(time).replace(/\.\d+$/, '') : '';
}

function agendaOf(segment) {
  return [segment.agendaItemNumber, segment.agendaItemTitle].filter(Boolean).join(' ');
}

function headerMarkup(doc, id) {
  const facts = [
    ['Kind', kindLabels[doc.kind] || doc.kind],
    ['Organisation', doc.organisation],
    ['Committee / meeting', doc.committee],
    ['Date', formatDate(doc.date)],
    ['Pages', doc.pageCount ? formatNumber(doc.pageCount) : ''],
    ['Segments', formatNumber(doc.segmentCount)],
    ['File', doc.fileName],
  ].filter(([, value]) => value);
  return `
    <header class="card doc-header">
      <div class="doc-header-top">
        <h1>${escapeHtml(doc.title)}</h1>
        <a class="button primary" href="#/review?document=${encodeURIComponent(id)}">Review this document</a>
      </div>
      <dl class="doc-facts">${facts.map(([label, value]) => `<div><dt>${label}</dt><dd${label === 'File' ? ` title="${escapeHtml(doc.sourcePath)}"` : ''}>${escapeHtml(value)}</dd></div>`).join('')}</dl>
    </header>`;
}

function outlineMarkup(segments, id) {
  const items = [];
  let last = null;
  for (const segment of segments) {
    const agenda = agendaOf(segment);
    if (agenda && agenda !== last) {
      items.push(`<li><a href="#/documents/${encodeURIComponent(id)}?segment=${segment.segmentId}" data-segment="${segment.segmentId}">${escapeHtml(agenda)}</a></li>`);
    }
    last = agenda || last;
  }
  if (items.length === 0) return '';
  return `<nav class="doc-outline" aria-label="Agenda items"><h2>Agenda</h2><ol>${items.join('')}</ol></nav>`;
}

function codesMarkup(segment) {
  const confirmed = segment.confirmed.map(c =>
    `<span class="chip confirmed" title="Confirmed by ${escapeHtml(c.coders.join(', '))}">✓ ${escapeHtml(c.name)}</span>`);
  const rejected = segment.rejected.map(c =>
    `<span class="chip rejected" title="Rejected by ${escapeHtml(c.coders.join(', '))}">${escapeHtml(c.name)}</span>`);
  const suggested = segment.suggested.map(s =>
    `<span class="chip suggested" title="${escapeHtml(`Suggested (${s.source})${s.evidence.length ? ': ' + s.evidence.join(', ') : ''}`)}">${escapeHtml(s.name)} <span class="score">${s.score.toFixed(2)}</span></span>`);
  const all = [...confirmed, ...suggested, ...rejected];
  return all.length ? `<div class="doc-codes">${all.join('')}</div>` : '';
}

function segmentsMarkup(segments) {
  const parts = [];
  let lastAgenda = null;
  let lastHeading = null;
  for (const segment of segments) {
    const agenda = agendaOf(segment);
    if (agenda && agenda !== lastAgenda) {
      parts.push(`<h2 class="doc-agenda">${escapeHtml(agenda)}</h2>`);
      lastAgenda = agenda;
    } else if (!agenda) {
      const heading = segment.headingPath.length ? segment.headingPath[segment.headingPath.length - 1] : null;
      if (heading && heading !== lastHeading) parts.push(`<h3 class="doc-heading">${escapeHtml(heading)}</h3>`);
      lastHeading = heading;
    }
    const meta = [
      pages(segment),
      cue(segment.cueStart),
      segmentKinds[segment.kind] || '',
    ].filter(Boolean).join(' · ');
    parts.push(`
      <section class="doc-segment" id="segment-${segment.segmentId}" data-segment="${segment.segmentId}" tabindex="-1" aria-label="Segment ${segment.ordinal + 1}">
        <div class="doc-gutter"><span class="doc-ordinal">${segment.ordinal + 1}</span><span class="doc-page">${meta}</span></div>
        <div class="doc-body">
          ${segment.speaker ? `<div class="doc-speaker">${escapeHtml(segment.speaker)}</div>` : ''}
          <div class="doc-text">${escapeHtml(segment.text)}</div>
          ${codesMarkup(segment)}
        </div>
      </section>`);
  }
  return parts.join('');
}

function highlight(view, segmentId, scroll) {
  for (const old of view.querySelectorAll('.doc-segment.current')) old.classList.remove('current');
  const target = segmentId ? view.querySelector(`#segment-${CSS.escape(String(segmentId))}`) : null;
  if (!target) return false;
  target.classList.add('current');
  if (scroll) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
  return true;
}

export async function render(view, route) {
  const id = route.id;
  view.dataset.title = 'Document';
  const answer = await getJson(`/api/documents/${encodeURIComponent(id)}`);
  const doc = answer.document;
  view.dataset.title = doc.title;
  const segment = route.params.get('segment');
  view.innerHTML = `
    <div class="document-page">
      <nav class="doc-nav"><a href="${escapeHtml(lastSearchHash())}">← Back to search</a></nav>
      ${headerMarkup(doc, id)}
      <div class="doc-layout">
        ${outlineMarkup(answer.segments, id)}
        <article class="doc-segments" aria-label="Segments">
          ${answer.segments.length ? segmentsMarkup(answer.segments) : '<p class="notice">This document has no segments.</p>'}
        </article>
      </div>
      <p class="visually-hidden" id="doc-status" aria-live="polite"></p>
    </div>`;

  const status = view.querySelector('#doc-status');
  if (segment && !highlight(view, segment, true)) {
    view.querySelector('.doc-segments').insertAdjacentHTML('beforebegin', `<p class="notice">Segment ${escapeHtml(segment)} is not in the current version of this document (it was re-ingested); showing the whole document.</p>`);
  }

  // Outline links jump within the page without reloading it; the hash is updated so reload keeps the place.
  view.querySelector('.doc-outline')?.addEventListener('click', event => {
    const link = event.target.closest('a[data-segment]');
    if (!link) return;
    event.preventDefault();
    history.replaceState(null, '', link.getAttribute('href'));
    highlight(view, link.dataset.segment, true);
    status.textContent = `Jumped to ${link.textContent}`;
  });

  // j/k move between segments, as on the search page.
  const onKey = event => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
    if (event.key !== 'j' && event.key !== 'k') return;
    const all = [...view.querySelectorAll('.doc-segment')];
    if (all.length === 0) return;
    const at = all.findIndex(s => s.classList.contains('current'));
    const next = all[event.key === 'j' ? Math.min(all.length - 1, at + 1) : Math.max(0, at - 1)];
    event.preventDefault();
    history.replaceState(null, '', `#/documents/${encodeURIComponent(id)}?segment=${next.dataset.segment}`);
    highlight(view, next.dataset.segment, true);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

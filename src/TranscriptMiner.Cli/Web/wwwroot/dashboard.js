// The dashboard page (#/dashboard): what the workspace holds, the coding work, downloads, the models' latest evaluation
// per code (inline SVG bars and F1 sparklines), failures, plugins and the folder watcher.
import { escapeHtml, formatNumber, getJson, showError } from './api.js';

const exportsList = [
  { path: '/api/exports/csv', label: 'Coded segments (.csv)', hint: 'one row per segment and code' },
  { path: '/api/exports/matrix', label: 'Code × document matrix (.csv)', hint: 'segment counts' },
  { path: '/api/exports/quotes', format: 'md', label: 'Quotes (.md)', hint: 'grouped by code, with citations' },
  { path: '/api/exports/quotes', format: 'docx', label: 'Quotes (.docx)', hint: 'for Word' },
  { path: '/api/exports/qdpx', label: 'REFI-QDA project (.qdpx)', hint: 'for NVivo, ATLAS.ti, MAXQDA' },
];

function figure(value, digits = 2) {
  return value === null || value === undefined ? '<span class="muted">–</span>' : Number(value).toFixed(digits);
}

function when(value) {
  if (!value) return '';
  const date = new Date(value);
  return `<time datetime="${escapeHtml(value)}">${escapeHtml(date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }))}</time>`;
}

function tile(label, value, detail = '', href = '', warn = false) {
  const body = `<span class="tile-value">${formatNumber(value)}</span><span class="tile-label">${escapeHtml(label)}</span>${detail ? `<span class="tile-detail">${detail}</span>` : ''}`;
  return href
    ? `<a class="tile${warn ? ' warn' : ''}" href="${escapeHtml(href)}">${body}</a>`
    : `<div class="tile${warn ? ' warn' : ''}">${body}</div>`;
}

// Three horizontal bars (precision, recall, F1) with the rules baseline's F1 as a tick on the F1 bar.
function metricBars(code) {
  const rows = [['P', code.precision, 'precision', 'precision'], ['R', code.recall, 'recall', 'recall'], ['F1', code.f1, 'f1', 'F1']];
  const width = 120;
  const label = rows.map(([, v, , spoken]) => `${spoken} ${v === null ? 'unknown' : Number(v).toFixed(2)}`).join(', ')
    + (code.baselineF1 === null ? '' : `, rules F1 ${Number(code.baselineF1).toFixed(2)}`);
  const bars = rows.map(([short, value, name], i) => {
    const y = i * 10;
    const w = value === null ? 0 : Math.round(Math.max(0, Math.min(1, value)) * width);
    return `<text x="0" y="${y + 8}" class="axis">${short}</text>
      <rect x="16" y="${y + 1}" width="${width}" height="7" class="track"/>
      <rect x="16" y="${y + 1}" width="${w}" height="7" class="${name}"/>`;
  }).join('');
  const tick = code.baselineF1 === null || code.baselineF1 === undefined
    ? ''
    : `<line x1="${16 + Math.round(code.baselineF1 * width)}" x2="${16 + Math.round(code.baselineF1 * width)}" y1="19" y2="30" class="baseline"/>`;
  return `<svg class="metric-bars" viewBox="0 0 ${width + 18} 30" width="${width + 18}" height="30" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${bars}${tick}</svg>`;
}

// F1 over the saved evaluations, oldest to newest, on a 0–1 scale.
function sparkline(values, label) {
  const points = values.map((v, i) => [i, v]).filter(([, v]) => v !== null && v !== undefined);
  if (points.length === 0) return '<span class="muted">–</span>';
  const width = 90;
  const height = 24;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const xy = points.map(([i, v]) => [values.length > 1 ? 3 + i * step : width / 2 + 3, 3 + (1 - Math.max(0, Math.min(1, v))) * (height - 6)]);
  const line = xy.length > 1 ? `<polyline points="${xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}" class="spark"/>` : '';
  const [lx, ly] = xy[xy.length - 1];
  const text = `${label}: ${points.map(([, v]) => Number(v).toFixed(2)).join(' → ')}`;
  return `<svg class="sparkline" viewBox="0 0 ${width + 6} ${height}" width="${width + 6}" height="${height}" role="img" aria-label="${escapeHtml(text)}"><title>${escapeHtml(text)}</title>
    <line x1="0" x2="${width + 6}" y1="${height / 2}" y2="${height / 2}" class="mid"/>${line}<circle cx="${lx.toFixed(1)}" cy="${ly.toFixed(1)}" r="2.5" class="spark-dot"/></svg>`;
}

function exportHref(item, includeSuggestions) {
  const query = new URLSearchParams();
  if (item.format) query.set('format', item.format);
  if (includeSuggestions) query.set('includeSuggestions', 'true');
  const text = query.toString();
  return text ? `${item.path}?${text}` : item.path;
}

function downloads() {
  return `<section class="card" aria-labelledby="downloads-title">
    <h2 id="downloads-title">Downloads</h2>
    <div class="downloads">
      ${exportsList.map((item, i) => `<a class="button download" data-export="${i}" href="${escapeHtml(exportHref(item, false))}" download title="${escapeHtml(item.hint)}">${escapeHtml(item.label)}</a>`).join('')}
    </div>
    <label class="include"><input type="checkbox" id="include-suggestions"> Include pending suggestions (marked, with their scores)</label>
  </section>`;
}

function evaluationSection(evaluation, models, modelsError) {
  const source = {
    evaluation: `Cross-validated by <code>transcriptminer evaluate</code> on ${formatNumber(evaluation.examples)} decided segments (${evaluation.folds} folds), ${when(evaluation.evaluatedAt)}.`,
    models: `No saved evaluation yet: the current models' own cross-validated figures (trained ${when(evaluation.evaluatedAt)}). Run <code>transcriptminer evaluate</code> for the full report with the rules baseline.`,
    none: 'No evaluation and no trained models yet. Record decisions (review), then run <code>transcriptminer train</code> and <code>transcriptminer evaluate</code>.',
  }[evaluation.source] || '';
  const summary = evaluation.source === 'evaluation'
    ? `<div class="eval-summary">
        <span>Macro F1 <strong>${figure(evaluation.macroF1)}</strong></span>
        <span>Micro F1 <strong>${figure(evaluation.microF1)}</strong></span>
        <span>Rules macro F1 <strong>${figure(evaluation.baselineMacroF1)}</strong></span>
        <span class="trend">Macro F1 over ${evaluation.history.length} evaluation${evaluation.history.length === 1 ? '' : 's'} ${sparkline(evaluation.history.map(h => h.macroF1), 'macro F1')}</span>
      </div>`
    : '';
  const table = evaluation.codes.length
    ? `<table class="eval-table">
        <thead><tr><th scope="col">Code</th><th scope="col" class="number">Support</th><th scope="col" class="number">Precision</th>
          <th scope="col" class="number">Recall</th><th scope="col" class="number">F1</th><th scope="col">P / R / F1 <span class="muted">(| rules F1)</span></th>
          <th scope="col" class="number">Rules F1</th><th scope="col" class="number">Kappa</th><th scope="col" class="number">Threshold</th><th scope="col">F1 history</th></tr></thead>
        <tbody>${evaluation.codes.map(c => `<tr data-code="${escapeHtml(c.code)}">
          <th scope="row"><a href="#/search?code=${encodeURIComponent(c.code)}">${escapeHtml(c.name)}</a><div class="muted code-id">${escapeHtml(c.code)}</div></th>
          <td class="number">${formatNumber(c.support)}</td><td class="number">${figure(c.precision)}</td><td class="number">${figure(c.recall)}</td>
          <td class="number"><strong>${figure(c.f1)}</strong></td><td>${metricBars(c)}</td><td class="number">${figure(c.baselineF1)}</td>
          <td class="number">${figure(c.kappa)}</td><td class="number">${figure(c.threshold)}</td><td>${sparkline(c.history, `${c.name} F1`)}</td></tr>`).join('')}</tbody>
      </table>`
    : '';
  const modelLine = models
    ? `<p class="muted">Current models: version <code>${escapeHtml(models.version)}</code>, trained ${when(models.trainedAt)};
        ${formatNumber(models.codes.length)} modelled codes${models.unmodelled.length ? `; on rules only (too few examples): ${models.unmodelled.map(u => escapeHtml(u.codeId)).join(', ')}` : ''}.</p>`
    : `<p class="muted">${modelsError ? `The current models cannot be read: ${escapeHtml(modelsError)}` : 'No trained models: suggestions come from the codebook rules.'}</p>`;
  return `<section class="card" aria-labelledby="evaluation-title" id="evaluation">
    <h2 id="evaluation-title">Models and evaluation</h2>
    <p class="eval-source" data-source="${escapeHtml(evaluation.source)}">${source}</p>
    ${summary}${table}${modelLine}
  </section>`;
}

function failuresSection(failures) {
  if (failures.total === 0) {
    return `<section class="card" aria-labelledby="failures-title" id="failures"><h2 id="failures-title">Failures</h2><p class="muted">No file failed to ingest.</p></section>`;
  }
  const more = failures.total > failures.items.length ? `<p class="muted">Showing the newest ${formatNumber(failures.items.length)} of ${formatNumber(failures.total)}; <code>transcriptminer failures</code> lists all.</p>` : '';
  return `<section class="card" aria-labelledby="failures-title" id="failures">
    <h2 id="failures-title">Failures <span class="muted">(${formatNumber(failures.total)})</span></h2>
    <table class="failures-table">
      <thead><tr><th scope="col">File</th><th scope="col">Kind</th><th scope="col">What went wrong</th><th scope="col">When</th><th scope="col" class="number">Attempts</th></tr></thead>
      <tbody>${failures.items.map(f => `<tr>
        <td><strong>${escapeHtml(f.fileName)}</strong><div class="muted path">${escapeHtml(f.path)}</div></td>
        <td><span class="chip rejected-kind">${escapeHtml(f.kind)}</span>${f.pluginId ? `<div class="muted">${escapeHtml(f.pluginId)}</div>` : ''}</td>
        <td>${escapeHtml(f.message)}</td><td>${when(f.failedAt)}</td><td class="number">${formatNumber(f.attempts)}</td></tr>`).join('')}</tbody>
    </table>${more}
  </section>`;
}

function watchSection(watch) {
  if (!watch) {
    return `<p class="muted watch-off">Not watching any folder (<code>transcriptminer serve --watch FOLDER</code> or <code>transcriptminer watch FOLDER</code> ingests new files as they arrive).</p>`;
  }
  return `<section class="card watch" aria-labelledby="watch-title">
    <h2 id="watch-title">Watching <span class="muted">${watch.inProcess ? 'in this process' : 'in another process'}, since ${when(watch.started)}</span></h2>
    <ul class="folders">${watch.folders.map(f => `<li><code>${escapeHtml(f)}</code></li>`).join('')}</ul>
    <p>${formatNumber(watch.queueLength)} queued · ${formatNumber(watch.filesDone)} files done · ${formatNumber(watch.reconciles)} rescans${watch.watcherErrors ? ` · <span class="warn-text">${formatNumber(watch.watcherErrors)} watcher errors</span>` : ''}</p>
    ${watch.lastFile ? `<p class="muted">Last file: ${escapeHtml(watch.lastFile)}</p>` : ''}
    ${watch.lastError ? `<p class="warn-text">Last problem: ${escapeHtml(watch.lastError)}</p>` : ''}
  </section>`;
}

function pluginsSection(plugins) {
  if (!plugins.length) return '';
  return `<section class="card" aria-labelledby="plugins-title">
    <h2 id="plugins-title">Extractor plugins</h2>
    <table><thead><tr><th scope="col">Plugin</th><th scope="col">Version</th><th scope="col">Status</th></tr></thead>
    <tbody>${plugins.map(p => `<tr><td>${escapeHtml(p.name)} <span class="muted">${escapeHtml(p.id)}</span></td><td>${escapeHtml(p.version)}</td>
      <td>${p.quarantine ? `<span class="warn-text">Disabled: ${escapeHtml(p.quarantine)}</span> ${when(p.quarantinedAt)}` : escapeHtml(p.status)}</td></tr>`).join('')}</tbody></table>
  </section>`;
}

function lastIngest(run, watch) {
  if (!run) return 'Nothing ingested yet.';
  // A watcher's run stays open while it watches: its counts are written when it stops.
  if (!run.finishedAt && watch) return `Ingesting since ${when(run.startedAt)} (watching: ${formatNumber(watch.filesDone)} files done so far).`;
  const c = run.counts;
  return `Last ingest ${when(run.startedAt)}${run.finishedAt ? '' : ' (did not finish)'}: ${formatNumber(c.added)} added, ${formatNumber(c.updated)} updated,
    ${formatNumber(c.unchanged)} unchanged, ${formatNumber(c.duplicate)} duplicate, ${formatNumber(c.failed)} failed, ${formatNumber(c.removed)} removed.`;
}

export async function render(view) {
  view.dataset.title = 'dashboard';
  let data;
  try {
    data = await getJson('/api/dashboard');
  } catch (error) {
    showError(view, error);
    return undefined;
  }
  if (!location.hash.startsWith('#/dashboard')) return undefined; // left the page while a refresh was loading

  const { status, coding, failures } = data;
  const kinds = Object.entries(status.documentsByKind).map(([kind, n]) => `${formatNumber(n)} ${escapeHtml(kind.replaceAll('-', ' '))}`).join(', ');
  view.innerHTML = `
    <div class="page-head">
      <h1>Dashboard <button type="button" id="dashboard-refresh" class="refresh" title="Read the workspace again">Refresh</button></h1>
      <p class="muted">Workspace <code>${escapeHtml(status.workspace)}</code> · ${lastIngest(status.lastIngest, data.watch)}
        ${status.pendingIndex ? ` · <span class="warn-text">${formatNumber(status.pendingIndex)} documents waiting for the index</span>` : ''}</p>
    </div>
    <div class="tiles" role="list">
      ${tile('documents', status.documents, kinds)}
      ${tile('segments', status.segments, `${formatNumber(status.files)} files`)}
      ${tile('decisions', coding.decisions, `${formatNumber(coding.accepted)} accepted · ${formatNumber(coding.rejected)} rejected · ${formatNumber(coding.coders)} coder${coding.coders === 1 ? '' : 's'}`)}
      ${tile('suggestions to review', coding.pendingSuggestions, `of ${formatNumber(coding.suggestions)} suggested`, '#/review')}
      ${tile('open review flags', coding.openFlags, 'changed text under a decision', '#/review', coding.openFlags > 0)}
      ${tile('failures', failures.total, failures.total ? 'files not ingested' : 'all files read', '', failures.total > 0)}
    </div>
    ${downloads()}
    ${evaluationSection(data.evaluation, data.models, data.modelsError)}
    ${failuresSection(failures)}
    ${watchSection(data.watch)}
    ${pluginsSection(data.plugins)}`;
  // Each tile sits in a list item of its own: a role on the tile itself would hide that it is a link.
  for (const element of view.querySelectorAll('.tiles > *')) {
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    element.replaceWith(item);
    item.append(element);
  }

  view.querySelector('#dashboard-refresh').addEventListener('click', async () => {
    await render(view);
    view.querySelector('#dashboard-refresh')?.focus();
  });
  const include = view.querySelector('#include-suggestions');
  include.addEventListener('change', () => {
    for (const link of view.querySelectorAll('a.download')) {
      link.setAttribute('href', exportHref(exportsList[Number(link.dataset.export)], include.checked));
    }
  });
  return undefined;
}

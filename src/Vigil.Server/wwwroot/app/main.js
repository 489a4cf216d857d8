// The dashboard: overview (map, counts, list, timeline, exports) and the incident page, both
// driven by the state in the URL (app/state.js).
import { api, loadIncidents } from './api.js';
// The incidents pages and the oblasts were requested by early.js before the app loaded.
import { early, oblastsRequest } from './early.js';
import { el, clear } from './dom.js';
import { setLanguage, t, translate } from './i18n.js';
import { readState, filterParams, filterKey, toSearch, WEAPONS } from './state.js';
import { IncidentMap } from './map.js';
import { Timeline } from './timeline.js';
import { renderList } from './list.js';
import { renderIncident } from './incident.js';
import { WEAPON_COLORS, countText } from './format.js';
import { ensureSignedIn } from './signin.js';
import { Live } from './live.js';
import { renderReview, showReviewLinks } from './review.js';

const $ = (id) => document.getElementById(id);

let state = readState();
let oblastFeatures = [];
let overview = { key: null, items: [], total: 0, controller: null, loaded: false };
let daily = { key: null, items: [], controller: null };
let incidentView = { id: null, detail: null, reports: new Map(), controller: null, error: null };
let map;
let timeline;
let live;
// Focus moves to a newly shown incident only after an in-page navigation, not on the first load.
let navigated = false;

function setState(patch, { replace = false } = {}) {
  state = { ...state, ...patch };
  navigated = true;
  const url = toSearch(state);
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  render();
}

function hrefFor(patch) {
  return toSearch({ ...state, ...patch });
}

async function init() {
  await setLanguage(state.lang);
  if (!(await ensureSignedIn())) return;
  showReviewLinks(state.lang);
  buildWeaponChips();
  wireFilters();
  map = new IncidentMap($('map'), {
    onOpen: (id) => setState({ incident: id }),
    onOblast: (code) => setState({ oblast: state.oblast === code ? null : code }),
  });
  map.setCredits([t('map.credit.boundaries'), t('map.credit.places')]);
  timeline = new Timeline({ casualties: $('chart-casualties'), airdefense: $('chart-airdefense') }, {
    onRange: ({ from, to }) => setState({ from, to }),
  });
  window.addEventListener('popstate', () => {
    const previous = state.lang;
    state = readState();
    navigated = true;
    if (state.lang !== previous) changeLanguage(); else render();
  });
  $('lang-switch').addEventListener('click', (event) => {
    event.preventDefault();
    state = { ...state, lang: state.lang === 'uk' ? 'en' : 'uk' };
    window.history.pushState(null, '', toSearch(state));
    changeLanguage();
  });
  document.querySelector('[data-nav="overview"]').addEventListener('click', (event) => {
    event.preventDefault();
    setState({ incident: null });
  });
  live = new Live($('live-new'), {
    onShowNew: () => refreshOverview(),
    onChanged: (ids) => {
      if (state.incident && ids.includes(state.incident)) refreshIncident();
      else if (!state.incident && ids.some((id) => overview.items.some((item) => item.id === id))) refreshOverview();
    },
  });
  live.start();
  oblastsRequest.then((geojson) => {
    oblastFeatures = geojson.features ?? [];
    map.setOblasts(geojson);
    map.selectOblast(state.oblast);
    fillOblastOptions();
  }).catch((error) => showError(error));
  render();
}

async function changeLanguage() {
  await setLanguage(state.lang);
  map.setCredits([t('map.credit.boundaries'), t('map.credit.places')]);
  fillOblastOptions();
  renderCount();
  renderList($('list'), $('list-note'), overview.items, overview.total, { hrefFor: (id) => hrefFor({ incident: id }), onOpen: (id) => setState({ incident: id }) });
  live.render();
  timeline.draw();
  render();
}

/** Reloads the overview with the same filters (after live changes), without reloading the page. */
function refreshOverview() {
  overview.key = null;
  daily.key = null;
  if (!state.incident) render();
}

/** Reloads the incident on screen (a live change to it). */
function refreshIncident() {
  incidentView.id = null;
  render();
}

function render() {
  syncControls();
  const lang = $('lang-switch');
  const other = state.lang === 'uk' ? 'en' : 'uk';
  lang.href = toSearch({ ...state, lang: other });
  lang.lang = other;
  lang.hreflang = other;
  for (const link of document.querySelectorAll('.exports a[data-format]')) {
    link.href = api.exportUrl(link.dataset.format, filterParams(state));
  }
  if (state.incident) {
    $('overview').hidden = true;
    $('incident').hidden = false;
    showIncident(state.incident);
  } else {
    const returning = !$('incident').hidden;
    $('incident').hidden = true;
    $('overview').hidden = false;
    document.title = t('app.title');
    map.invalidate();
    map.selectOblast(state.oblast);
    loadOverview();
    loadDaily();
    timeline.range = { from: state.from, to: state.to };
    timeline.resize();
    if (returning && incidentView.id) {
      document.querySelector(`#list a[data-incident="${CSS.escape(incidentView.id)}"]`)?.focus();
    }
  }
}

// ---- filters -------------------------------------------------------------

function buildWeaponChips() {
  const box = $('f-weapons');
  for (const weapon of WEAPONS) {
    const swatch = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
    swatch.style.backgroundColor = WEAPON_COLORS[weapon];
    box.append(el('label', { className: 'chip' },
      el('input', { type: 'checkbox', name: 'weapon', value: weapon }),
      swatch,
      el('span', { dataset: { i18n: `weapon.${weapon}` } }, t(`weapon.${weapon}`))));
  }
}

function fillOblastOptions() {
  const select = $('f-oblast');
  const any = select.options[0];
  clear(select).append(any);
  const named = oblastFeatures.map((f) => ({ code: f.id, name: t(`oblast.${f.id}`) === `oblast.${f.id}` ? f.properties?.name ?? f.id : t(`oblast.${f.id}`) }));
  named.sort((a, b) => a.name.localeCompare(b.name, state.lang));
  for (const { code, name } of named) select.append(el('option', { value: code }, name));
  select.value = state.oblast ?? '';
}

function syncControls() {
  $('f-from').value = state.from ?? '';
  $('f-to').value = state.to ?? '';
  $('f-from').max = state.to ?? '';
  $('f-to').min = state.from ?? '';
  $('f-min').value = state.min ?? '';
  $('f-oblast').value = state.oblast ?? '';
  for (const box of document.querySelectorAll('#f-weapons input')) box.checked = state.weapons.includes(box.value);
  $('clear-dates').hidden = !state.from && !state.to;
}

function wireFilters() {
  const form = $('filters');
  form.addEventListener('submit', (event) => { event.preventDefault(); applyForm(); });
  form.addEventListener('change', () => applyForm());
  $('f-clear').addEventListener('click', () => setState({ from: null, to: null, oblast: null, weapons: [], min: null }));
  $('clear-dates').addEventListener('click', () => setState({ from: null, to: null }));
}

function applyForm() {
  let from = $('f-from').value || null;
  let to = $('f-to').value || null;
  if (from && to && from > to) [from, to] = [to, from];
  const minText = $('f-min').value.trim();
  const min = /^\d+$/.test(minText) && Number(minText) > 0 ? Number(minText) : null;
  const weapons = [...document.querySelectorAll('#f-weapons input:checked')].map((box) => box.value);
  setState({ from, to, oblast: $('f-oblast').value || null, weapons, min });
}

// ---- overview ------------------------------------------------------------

async function loadOverview() {
  const key = filterKey(state);
  if (key === overview.key) return;
  overview.controller?.abort();
  // The requests made at startup serve the first load if the filters are still the same.
  const reuse = early.stream !== null && early.key === key;
  const controller = reuse ? early.controller : new AbortController();
  const stream = reuse ? early.stream : null;
  if (early.stream && !reuse) early.controller.abort();
  early.stream = null;
  overview = { key, items: [], total: 0, controller, loaded: false };
  // The first view is timed from navigation (time origin 0); later ones from the filter change.
  const started = reuse ? 0 : performance.now();
  document.body.dataset.overview = 'loading';
  hideError();
  map.clear();
  $('count').textContent = t('count.loading');
  try {
    await loadIncidents(filterParams(state), {
      signal: controller.signal,
      stream,
      onPage: (items, { total, first }) => {
        if (controller.signal.aborted) return;
        overview.total = total;
        overview.items.push(...items);
        const drawing = performance.now();
        map.add(items);
        performance.measure('vigil:map.add', { start: drawing, end: performance.now() });
        if (first) document.body.dataset.firstPageMs = String(Math.round(performance.now() - started));
        renderCount();
        if (first) renderList($('list'), $('list-note'), overview.items, total, { hrefFor: (id) => hrefFor({ incident: id }), onOpen: (id) => setState({ incident: id }) });
      },
    });
    if (controller.signal.aborted) return;
    overview.loaded = true;
    renderCount();
    renderList($('list'), $('list-note'), overview.items, overview.total, { hrefFor: (id) => hrefFor({ incident: id }), onOpen: (id) => setState({ incident: id }) });
    const loaded = performance.now();
    await map.settled();
    performance.measure('vigil:cluster.settle', { start: loaded, end: performance.now() });
    performance.measure('vigil:overview', { start: started, end: performance.now() });
    // For the browser tests and the benchmark: how long the first view took to draw.
    document.body.dataset.overviewMs = String(Math.round(performance.now() - started));
    document.body.dataset.overview = 'ready';
  } catch (error) {
    if (error.name === 'AbortError') return;
    overview.key = null;
    document.body.dataset.overview = 'error';
    showError(error);
  }
}

function renderCount() {
  const count = $('count');
  count.textContent = countText(overview.total);
  count.dataset.total = String(overview.total);
  if (overview.loaded && map.drawn < overview.total) {
    count.append(el('span', { className: 'note' }, ` · ${t('count.drawn', { n: map.drawn })}`));
  }
}

async function loadDaily() {
  // The timeline shows every day the other filters allow; the date filter is its selection.
  const key = filterKey(state, { dates: false });
  if (key === daily.key) {
    timeline.range = { from: state.from, to: state.to };
    timeline.showRange();
    return;
  }
  daily.controller?.abort();
  const controller = new AbortController();
  daily = { key, items: [], controller };
  try {
    const result = await api.daily(filterParams(state, { dates: false }), controller.signal);
    if (controller.signal.aborted) return;
    daily.items = result.items ?? [];
    timeline.setData(daily.items, { from: state.from, to: state.to });
  } catch (error) {
    if (error.name === 'AbortError') return;
    daily.key = null;
    showError(error);
  }
}

function showError(error) {
  const node = $('error');
  node.textContent = t('error.load', { detail: error.message });
  node.hidden = false;
}

function hideError() {
  $('error').hidden = true;
}

// ---- incident page -------------------------------------------------------

async function showIncident(id) {
  if (incidentView.id === id && (incidentView.detail || incidentView.error)) {
    drawIncident();
    return;
  }
  incidentView.controller?.abort();
  const controller = new AbortController();
  incidentView = { id, detail: null, reports: new Map(), controller, error: null };
  const node = $('incident');
  clear(node).append(el('p', { className: 'note' }, t('incident.loading')));
  document.body.dataset.incident = 'loading';
  try {
    const detail = await api.incident(id, controller.signal);
    const reports = new Map();
    await Promise.all((detail.reports ?? []).map(async (report) => {
      try {
        reports.set(report.id, await api.report(report.id, controller.signal));
      } catch (error) {
        if (error.name === 'AbortError') throw error;
        reports.set(report.id, error);
      }
    }));
    if (controller.signal.aborted) return;
    incidentView.detail = detail;
    incidentView.reports = reports;
  } catch (error) {
    if (error.name === 'AbortError') return;
    incidentView.error = error;
  }
  drawIncident({ focus: navigated });
}

function drawIncident({ focus = false } = {}) {
  const node = $('incident');
  if (incidentView.error) {
    clear(node).append(
      el('p', {}, el('a', { href: hrefFor({ incident: null }), on: { click: (e) => { e.preventDefault(); setState({ incident: null }); } } }, `← ${t('incident.back')}`)),
      el('p', { className: 'error', attrs: { role: 'alert' } }, incidentView.error.status === 404 ? t('error.notfound') : t('error.load', { detail: incidentView.error.message })));
    document.body.dataset.incident = 'error';
    return;
  }
  const heading = renderIncident(node, incidentView.detail, incidentView.reports, {
    backHref: hrefFor({ incident: null }),
    onBack: () => setState({ incident: null }),
  });
  // Review (docs/review.md): after a decision the incident is read again, under its new id if it changed.
  renderReview(node, incidentView.detail, {
    onChanged: (id) => {
      incidentView = { id: null, detail: null, reports: new Map(), controller: null, error: null };
      if (id !== state.incident) setState({ incident: id });
      else showIncident(id);
    },
  });
  translate(node);
  document.title = `${heading.textContent} — ${t('app.name')}`;
  document.body.dataset.incident = 'ready';
  if (focus) {
    window.scrollTo(0, 0);
    heading.focus();
  }
}

init().catch((error) => {
  console.error(error);
  showError(error);
});

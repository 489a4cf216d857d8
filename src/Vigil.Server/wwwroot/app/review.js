// The review panel of the incident page (docs/review.md): status, who is reviewing it, the
// analysts' decisions with their notes and the rejected claims with their reasons, for everyone;
// and for analysts and admins the forms that correct the incident, reject a claim, set the status
// say "I'm reviewing this", merge two incidents that are one attack and split off reports about another. Writes go through the API with the session's anti-forgery token.
import { el, append } from './dom.js';
import { t, formatTime, formatDay } from './i18n.js';
import { csrf, account } from './signin.js';
import { getJson } from './api.js';
import { placeLabel } from './format.js';

const FIELDS = ['killed', 'injured', 'children_killed', 'children_injured', 'missing'];

/** True when the signed-in account may review (analyst or admin). */
export function canReview() {
  const who = account();
  return who?.authenticated === true && (who.role === 'analyst' || who.role === 'admin');
}

/** Shows the header's link to the review queue (and audit trail) to signed-in accounts. */
export function showReviewLinks(lang) {
  const link = document.getElementById('review-link');
  if (!link || account()?.authenticated !== true) return;
  link.hidden = false;
  link.href = lang && lang !== 'en' ? `review.html?lang=${lang}` : 'review.html';
}

/** A JSON write; resolves the answer's JSON (or null), rejects with the problem's detail. */
async function send(method, path, body, { ifMatch } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrf()) headers['X-CSRF-TOKEN'] = csrf();
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // Not a problem document: the status says enough.
    }
    throw new Error(detail);
  }
  return response.status === 204 ? null : response.json();
}

/** Appends the review panel to node; onChanged(id) is called with the incident's (maybe new) id after a write. */
export function renderReview(node, incident, { onChanged }) {
  const base = `api/v1/incidents/${encodeURIComponent(incident.id)}`;
  const message = el('p', { className: 'error review-error', attrs: { role: 'alert' } });
  const run = async (work) => {
    message.textContent = '';
    try {
      const answer = await work();
      onChanged(answer?.id ?? incident.id);
    } catch (error) {
      message.textContent = `${t('review.failed')} ${error.message}`;
    }
  };

  const section = el('section', { className: 'block review', attrs: { 'aria-labelledby': 'review-title' } },
    el('h2', { id: 'review-title' }, t('review.title')),
    statusLine(incident));
  // append() flattens lists and skips nulls (Node.append would write them as text).
  append(section, [decisionsList(incident), rejectedList(incident)]);

  if (canReview()) {
    append(section, [
      reviewingButton(incident, base, run),
      statusForm(incident, base, run),
      correctionForm(incident, base, run),
      rejectForm(incident, base, run),
      mergeForm(incident, run),
      splitForm(incident, base, run),
      message]);
  }
  node.append(section);
}

function statusLine(incident) {
  const p = el('p', { className: 'review-status', id: 'review-status' },
    `${t('review.status')}: `, el('strong', { dataset: { status: incident.status ?? 'unreviewed' } }, t(`review.status.${incident.status ?? 'unreviewed'}`)));
  if (incident.reviewing) {
    p.append(' · ', t('review.reviewing_by', { name: incident.reviewing.analyst, time: formatTime(incident.reviewing.since) }));
  }
  return p;
}

function decisionsList(incident) {
  const decisions = incident.review?.decisions ?? [];
  if (!decisions.length) return null;
  const list = el('ul', { className: 'review-decisions' });
  for (const decision of decisions) {
    list.append(el('li', {},
      el('span', { className: 'h-time' }, formatTime(decision.at)), ' · ',
      t(`review.action.${decision.action}`), ' · ', decision.analyst,
      decision.note ? [': ', el('q', {}, decision.note)] : null));
  }
  return [el('h3', {}, t('review.decisions')), list];
}

function rejectedList(incident) {
  const rejected = incident.review?.rejected ?? [];
  if (!rejected.length) return null;
  const claims = new Map((incident.claims ?? []).map((c) => [c.id, c]));
  const list = el('ul', { className: 'review-rejected' });
  for (const r of rejected) {
    const claim = claims.get(r.claim_id);
    list.append(el('li', {},
      claim ? `${t(`field.${claim.field}`)} ${claim.value ?? ''} — ${claim.claimant?.name ?? claim.source ?? ''}` : r.claim_id,
      ' · ', t('review.rejected_by', { name: r.analyst }), ': ', el('q', {}, r.reason)));
  }
  return [el('h3', {}, t('review.rejected')), list];
}

function reviewingButton(incident, base, run) {
  const mine = incident.reviewing && incident.reviewing.analyst?.toLowerCase() === account()?.name?.toLowerCase();
  return el('p', {}, el('button', {
    type: 'button', id: 'review-reviewing',
    on: { click: () => run(() => send(mine ? 'DELETE' : 'POST', `${base}/reviewing`)) },
  }, mine ? t('review.release') : t('review.start')));
}

function statusForm(incident, base, run) {
  const select = el('select', { id: 'review-status-value', name: 'status' },
    ['unreviewed', 'verified', 'disputed'].map((s) => el('option', { value: s, selected: s === (incident.status ?? 'unreviewed') }, t(`review.status.${s}`))));
  const note = el('input', { id: 'review-status-note', name: 'note' });
  const form = el('form', { className: 'review-form', id: 'review-status-form' },
    el('h3', {}, t('review.set_status')),
    field('review-status-value', t('review.status'), select),
    field('review-status-note', t('review.note_optional'), note),
    el('button', { type: 'submit' }, t('review.save_status')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { status: select.value };
    if (note.value.trim()) body.note = note.value.trim();
    run(() => send('PUT', `${base}/status`, body, { ifMatch: incident.version }));
  });
  return form;
}

function correctionForm(incident, base, run) {
  const inputs = {};
  const fields = FIELDS.map((name) => {
    inputs[name] = el('input', { id: `review-${name}`, name, type: 'number', min: '0', step: '1', inputmode: 'numeric', placeholder: incident[name] ?? '' });
    return field(`review-${name}`, t(`field.${name}`), inputs[name]);
  });
  inputs.place = el('input', { id: 'review-place', name: 'place', placeholder: incident.place?.name ?? '' });
  inputs.date = el('input', { id: 'review-date', name: 'date', type: 'date' });
  inputs.weapons = el('input', { id: 'review-weapons', name: 'weapons', placeholder: (incident.weapons ?? []).join(', ') });
  const note = el('textarea', { id: 'review-note', name: 'note', required: true, rows: 2 });
  const form = el('form', { className: 'review-form', id: 'review-correct' },
    el('h3', {}, t('review.correct')),
    el('p', { className: 'note' }, t('review.correct.hint')),
    el('div', { className: 'review-grid' }, fields,
      field('review-place', t('review.place'), inputs.place),
      field('review-date', t('review.date'), inputs.date),
      field('review-weapons', t('review.weapons'), inputs.weapons)),
    field('review-note', t('review.note'), note),
    el('button', { type: 'submit' }, t('review.save_correction')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { note: note.value.trim() };
    for (const name of FIELDS) if (inputs[name].value !== '') body[name] = Number(inputs[name].value);
    if (inputs.place.value.trim()) body.place = inputs.place.value.trim();
    if (inputs.date.value) body.date = inputs.date.value;
    if (inputs.weapons.value.trim()) body.weapons = inputs.weapons.value.split(',').map((w) => w.trim()).filter(Boolean);
    run(() => send('PATCH', base, body, { ifMatch: incident.version }));
  });
  return form;
}

function rejectForm(incident, base, run) {
  const claims = (incident.claims ?? []).filter((c) => c.id && !c.rejected);
  if (!claims.length) return null;
  const select = el('select', { id: 'review-claim', name: 'claim' },
    claims.map((c) => el('option', { value: c.id },
      `${t(`field.${c.field}`)}: ${c.value ?? c.category ?? '—'} — ${c.claimant?.name ?? c.source ?? ''}`)));
  const reason = el('input', { id: 'review-reason', name: 'reason', required: true });
  const form = el('form', { className: 'review-form', id: 'review-reject' },
    el('h3', {}, t('review.reject')),
    field('review-claim', t('review.claim'), select),
    field('review-reason', t('review.reason'), reason),
    el('button', { type: 'submit' }, t('review.reject_claim')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(() => send('POST', `${base}/claims/${encodeURIComponent(select.value)}/reject`, { reason: reason.value.trim() }, { ifMatch: incident.version }));
  });
  return form;
}

/**
 * Two incidents that are one attack: the other one is chosen among the same oblast's incidents a day
 * either side (offered as suggestions), or by its id pasted from its page.
 */
function mergeForm(incident, run) {
  const other = el('input', { id: 'review-merge-with', name: 'incident', required: true, attrs: { list: 'review-merge-candidates', autocomplete: 'off' } });
  const candidates = el('datalist', { id: 'review-merge-candidates' });
  const note = el('input', { id: 'review-merge-note', name: 'note', required: true });
  const form = el('form', { className: 'review-form', id: 'review-merge' },
    el('h3', {}, t('review.merge')),
    el('p', { className: 'note' }, t('review.merge.hint')),
    field('review-merge-with', t('review.merge.with'), other), candidates,
    field('review-merge-note', t('review.note'), note),
    el('button', { type: 'submit' }, t('review.merge.save')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(() => send('POST', 'api/v1/incidents/merge', { incidents: [incident.id, other.value.trim()], note: note.value.trim() }));
  });
  // Suggestions are fetched when the analyst first reaches the field, not on every render of the panel
  // (it is redrawn after each live update and each decision).
  other.addEventListener('focus', () => {
    nearby(incident).then((items) => {
      for (const item of items) {
        candidates.append(el('option', { value: item.id }, `${placeLabel(item.place)} · ${formatDay(item.date)} · ${item.killed ?? '—'}/${item.injured ?? '—'}`));
      }
    }).catch(() => { /* Suggestions only: the id can still be typed. */ });
  }, { once: true });
  return form;
}

async function nearby(incident) {
  const code = incident.place?.admin1_code;
  const date = incident.date ? new Date(`${incident.date.slice(0, 10)}T00:00:00Z`) : null;
  if (!code || !date || Number.isNaN(date.getTime())) return [];
  const day = (offset) => new Date(date.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const page = await getJson(`api/v1/incidents?oblast=${encodeURIComponent(code)}&from=${day(-1)}&to=${day(1)}&limit=50`);
  return (page.items ?? []).filter((item) => item.id !== incident.id);
}

/** Reports about another attack leave this incident and become their own; at least one report stays. */
function splitForm(incident, base, run) {
  const reports = incident.reports ?? [];
  if (reports.length < 2) return null;
  const boxes = reports.map((report, index) => {
    const box = el('input', { type: 'checkbox', id: `review-split-${index}`, name: 'report', value: report.id ?? report.key });
    return [box, el('label', { attrs: { for: `review-split-${index}` } }, report.title || report.source || report.key)];
  });
  const note = el('input', { id: 'review-split-note', name: 'note', required: true });
  const form = el('form', { className: 'review-form', id: 'review-split' },
    el('h3', {}, t('review.split')),
    el('p', { className: 'note' }, t('review.split.hint')),
    el('fieldset', {}, el('legend', {}, t('review.split.reports')),
      boxes.map(([box, label]) => el('div', { className: 'check' }, box, ' ', label))),
    field('review-split-note', t('review.note'), note),
    el('button', { type: 'submit' }, t('review.split.save')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = boxes.map(([box]) => box).filter((box) => box.checked).map((box) => box.value);
    run(() => send('POST', `${base}/split`, { reports: chosen, note: note.value.trim() }));
  });
  return form;
}

function field(id, label, input) {
  return el('div', { className: 'field' }, el('label', { attrs: { for: id } }, label), input);
}

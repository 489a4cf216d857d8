// review.html: the review queue (any signed-in reader) and, for admins, the audit trail.
// Everything from the API becomes text nodes (dom.js); nothing is parsed as HTML.
import { el, clear } from './dom.js';
import { setLanguage, t, tn, formatDay, formatTime } from './i18n.js';
import { getJson } from './api.js';
import { placeLabel } from './format.js';

const $ = (id) => document.getElementById(id);
const lang = new URLSearchParams(window.location.search).get('lang') === 'uk' ? 'uk' : 'en';
const overview = (params = {}) => {
  const query = new URLSearchParams(params);
  if (lang !== 'en') query.set('lang', lang);
  const text = query.toString();
  return text ? `./?${text}` : './';
};

async function init() {
  await setLanguage(lang);
  $('pages-back').href = overview();
  $('pages-home').href = overview();
  const who = await getJson('api/v1/auth/me');
  if (!who.authenticated && !who.public) {
    show(t('pages.signin'));
    return;
  }
  $('queue').hidden = false;
  await loadQueue();
  $('queue-more').addEventListener('click', () => loadQueue($('queue-more').dataset.cursor));
  if (who.role === 'admin') {
    $('audit').hidden = false;
    $('audit-filters').addEventListener('submit', (event) => { event.preventDefault(); loadAudit(); });
    $('audit-more').addEventListener('click', () => loadAudit($('audit-more').dataset.cursor));
    await loadAudit();
  }
  document.body.dataset.ready = 'true';
}

function show(message) {
  $('pages-message').hidden = false;
  $('pages-message').textContent = message;
}

async function loadQueue(cursor) {
  const query = new URLSearchParams({ limit: '50' });
  if (cursor) query.set('cursor', cursor);
  const page = await getJson(`api/v1/review/queue?${query}`);
  const list = $('queue-list');
  if (!cursor) clear(list);
  for (const item of page.items) {
    const incident = item.incident;
    list.append(el('li', {},
      el('a', { href: overview({ incident: incident.id }), className: 'incident-link', dataset: { incident: incident.id } },
        el('span', {}, formatDay(incident.date)), ' · ', el('strong', {}, placeLabel(incident.place)), ' · ',
        item.reasons.map((r) => t(`queue.reason.${r}`)).join(', '), ' · ', t(`review.status.${item.status}`))));
  }
  $('queue-total').textContent = page.total === 0 ? t('queue.empty') : tn('count', page.total);
  $('queue-more').hidden = !page.next_cursor;
  $('queue-more').dataset.cursor = page.next_cursor ?? '';
}

async function loadAudit(cursor) {
  const form = $('audit-filters');
  const query = new URLSearchParams({ limit: '100' });
  for (const name of ['actor', 'action', 'from', 'to']) {
    const value = form.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  if (cursor) query.set('cursor', cursor);
  let page;
  try {
    page = await getJson(`api/v1/audit?${query}`);
  } catch (error) {
    show(error.status === 403 ? t('audit.forbidden') : error.message);
    return;
  }
  const rows = $('audit-rows');
  if (!cursor) clear(rows);
  for (const entry of page.items) {
    rows.append(el('tr', {},
      el('td', {}, formatTime(entry.at)),
      el('td', {}, entry.actor),
      el('td', {}, entry.action),
      el('td', {}, entry.target ?? '—'),
      el('td', { className: 'audit-change' }, change(entry.before, entry.after)),
      el('td', {}, entry.note ?? '')));
  }
  $('audit-total').textContent = page.total === 0 ? t('audit.empty') : String(page.total);
  $('audit-more').hidden = !page.next_cursor;
  $('audit-more').dataset.cursor = page.next_cursor ?? '';
}

/** The fields that differ between before and after, as "name: old → new"; the whole JSON when only one side exists. */
function change(before, after) {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') {
    return JSON.stringify(after ?? before ?? null);
  }
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
  return names.map((name) => `${name}: ${JSON.stringify(before[name] ?? null)} → ${JSON.stringify(after[name] ?? null)}`).join('; ');
}

init().catch((error) => {
  console.error(error);
  show(error.message);
});

// The incident page: current figures with their low–high range and why each was chosen, each
// figure's revision history, and every claim with its claimant, confidence and the sentence it
// rests on, highlighted in the text of its report (GET /api/v1/reports/{id}).
import { el, clear, safeHref } from './dom.js';
import { t, tn, has, formatDay, formatTime, formatNumber } from './i18n.js';
import { placeLabel, figureText } from './format.js';
import { locateSpans, highlight } from './evidence.js';

export const FIGURES = ['killed', 'injured', 'children_killed', 'children_injured', 'missing', 'hit'];

/** Renders the incident into node; reports maps report id → report detail (or an Error). */
export function renderIncident(node, incident, reports, { backHref, onBack }) {
  clear(node);
  const heading = el('h1', { tabIndex: -1, id: 'incident-title' }, placeLabel(incident.place));
  node.append(
    el('p', {}, el('a', {
      href: backHref, className: 'back', dataset: { nav: 'back' },
      on: { click: (event) => { if (!event.ctrlKey && !event.metaKey) { event.preventDefault(); onBack(); } } },
    }, `← ${t('incident.back')}`)),
    heading,
    meta(incident),
    figuresSection(incident),
    historySection(incident),
    claimsSection(incident, reports),
  );
  return heading;
}

function meta(incident) {
  const parts = [];
  const precision = incident.date_precision && incident.date_precision !== 'day' ? t(`incident.date_precision.${incident.date_precision}`) : '';
  parts.push(el('span', {}, formatDay(incident.date), precision ? ` ${precision}` : ''));
  if (incident.weapons?.length) parts.push(el('span', {}, incident.weapons.map((w) => t(`weapon.${w}`)).join(', ')));
  if (incident.attacker) parts.push(el('span', {}, `${t('incident.attacker')}: ${label('attacker', incident.attacker)}`));
  const reportCount = incident.report_count ?? incident.reports?.length ?? 0;
  parts.push(el('span', {}, tn('incident.reports', reportCount)));
  if (incident.place && incident.place.resolved === false) parts.push(el('span', { className: 'note' }, t('incident.place.unresolved')));
  else if (incident.place?.precision === 'area' || ['oblast', 'raion'].includes(incident.place?.kind)) parts.push(el('span', { className: 'note' }, t('incident.place.area')));
  if (incident.contested) parts.push(el('span', { className: 'badge' }, t('incident.contested')));
  if (incident.damage?.length) parts.push(el('span', {}, `${t('incident.damage')}: ${incident.damage.map((d) => label('damage', d)).join(', ')}`));
  const p = el('p', { className: 'incident-meta' });
  parts.forEach((part, i) => { if (i) p.append(' · '); p.append(part); });
  return p;
}

/** The interface's word for an enum value, or the value itself when the strings have none. */
function label(prefix, value) {
  return has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : String(value);
}

/** "Name (role)", or whichever is known; empty when the claim names no one. */
function claimantText(claimant) {
  if (!claimant) return '';
  const name = claimant.name || '';
  // Roles come from the extractor's closed list (Rules/*/lexicon.json "roles"); the interface names them in its language.
  const role = claimant.role ? (has(`role.${claimant.role}`) ? t(`role.${claimant.role}`) : claimant.role) : '';
  if (name && role) return `${name} (${role})`;
  return name || role;
}

// Fusion explains its choice in one of these English sentences (src/Vigil.Fusion/FigureFusion.cs);
// the interface shows them in its own language, and any other sentence as it is.
const WHY_SENTENCES = [
  [/^the only claim$/, () => t('why.only')],
  [/^the only claim not marked low-confidence$/, () => t('why.only_not_low')],
  [/^an analyst's correction overrides the sources$/, () => t('why.analyst')],
  [/^the most authoritative claimant \((.+)\)$/, (m) => t('why.authoritative', { kind: kindText(m[1]) })],
  [/^the latest claim of the most authoritative claimants \((.+)\)$/, (m) => t('why.latest_authoritative', { kind: kindText(m[1]) })],
  [/^the latest claim; no claimant outranks the others$/, () => t('why.latest')],
  [/^an attributed (exact|approximate) figure given later, within the earlier lower bound '(at least|more than|about|up to|exact) (\d+)' of a more authoritative claimant \((.+)\)$/,
    (m) => t('why.refined', {
      exactness: t(`why.exactness.${m[1]}`),
      bound: figureText(Number(m[3]), m[2].replace(' ', '_')),
      kind: kindText(m[4]),
    })],
  [/^no current value: the only claim is low-confidence, read by the extractor as not the incident's figure$/, () => t('why.low_only')],
  [/^no current value: the (\d+) claims are all low-confidence, read by the extractor as not the incident's figure$/,
    (m) => t('why.low_only_many', { count: m[1] })],
];

function kindText(kind) {
  return label('claimant_kind', kind.replace(' ', '_'));
}

/** A confidence reason code ("in_lead") in the interface's words; an unknown one as it is. */
function reasonText(reason) {
  return label('reason', String(reason));
}

/** `why` is a sentence from fusion; accept a list or an object with a text too, and never show markup. */
function whyText(why) {
  if (why === null || why === undefined) return '';
  if (typeof why === 'string') {
    for (const [pattern, say] of WHY_SENTENCES) {
      const match = pattern.exec(why);
      if (match) return say(match);
    }
    return why;
  }
  if (Array.isArray(why)) return why.map(whyText).filter(Boolean).join('; ');
  if (typeof why === 'object') return whyText(why.text ?? why.reason ?? why.reasons ?? JSON.stringify(why));
  return String(why);
}

function figureEntries(incident) {
  const figures = incident.figures ?? {};
  return FIGURES.map((field) => [field, figures[field]])
    .filter(([field, figure]) => figure && (figure.value !== null || figure.history?.length || incident[field] !== null));
}

function figuresSection(incident) {
  const entries = figureEntries(incident);
  // The why column appears once fusion explains its choices; until then it would be all dashes.
  const explained = entries.some(([, figure]) => whyText(figure.why));
  const body = el('tbody');
  for (const [field, figure] of entries) {
    const current = figure.history?.[figure.current_revision];
    const range = figure.low !== null && figure.low !== undefined && figure.high !== null && figure.high !== undefined
      ? (figure.low === figure.high ? formatNumber(figure.low) : `${formatNumber(figure.low)}–${formatNumber(figure.high)}`)
      : '—';
    // data-label names each cell where a phone shows rows as cards instead of a table (css/app.css).
    body.append(el('tr', { dataset: { field } },
      el('th', { attrs: { scope: 'row' } }, t(`field.${field}`)),
      el('td', { className: 'num', dataset: { label: t('incident.value') } }, figureText(figure.value, figure.qualifier),
        figure.contested ? el('span', { className: 'badge' }, t('incident.contested')) : null),
      el('td', { className: 'num', dataset: { label: t('incident.range') } }, range),
      el('td', { className: 'who', dataset: { label: t('incident.claimant') } }, (current && (claimantText(current.claimant) || current.source)) || '—'),
      explained ? el('td', { className: 'why', dataset: { label: t('incident.why') } }, whyText(figure.why) || '—') : null));
  }
  return el('section', { className: 'block', attrs: { 'aria-labelledby': 'figures-title' } },
    el('h2', { id: 'figures-title' }, t('incident.figures')),
    el('div', { className: 'table-wrap' },
      el('table', { className: 'figures' },
        el('thead', {}, el('tr', {},
          el('th', { attrs: { scope: 'col' } }, t('incident.figure')),
          el('th', { attrs: { scope: 'col' } }, t('incident.value')),
          el('th', { attrs: { scope: 'col' } }, t('incident.range')),
          el('th', { attrs: { scope: 'col' } }, t('incident.claimant')),
          explained ? el('th', { attrs: { scope: 'col' } }, t('incident.why')) : null)),
        body)));
}

function historySection(incident) {
  const section = el('section', { className: 'block', attrs: { 'aria-labelledby': 'history-title' } },
    el('h2', { id: 'history-title' }, t('incident.history')));
  for (const [field, figure] of figureEntries(incident)) {
    if (!figure.history?.length) continue;
    const list = el('ol', { className: 'history' });
    figure.history.forEach((entry, index) => {
      const isCurrent = index === figure.current_revision;
      const who = [claimantText(entry.claimant), entry.source].filter(Boolean).join(' · ');
      const item = el('li', { className: [isCurrent ? 'current' : '', entry.superseded || entry.rejected ? 'superseded' : ''].join(' ').trim() },
        el('span', { className: 'h-time' }, formatTime(entry.published)), ' · ',
        el('span', { className: 'h-value' }, figureText(entry.value, entry.qualifier)),
        who ? [' · ', el('span', { className: 'h-who' }, who)] : null);
      if (isCurrent) item.append(' ', el('span', { className: 'badge current' }, t('incident.current')));
      if (entry.superseded) item.append(' ', el('span', { className: 'note' }, `(${t('incident.superseded')})`));
      if (entry.rejected) item.append(' ', el('span', { className: 'note rejected' }, `(${t('incident.rejected')})`));
      list.append(item);
    });
    section.append(el('h3', {}, t(`field.${field}`)), list);
  }
  return section;
}

function claimsSection(incident, reports) {
  const section = el('section', { className: 'block', attrs: { 'aria-labelledby': 'claims-title' } },
    el('h2', { id: 'claims-title' }, t('incident.claims')),
    el('p', { className: 'note' }, t('incident.claims.hint')));
  const claims = (incident.claims ?? []).map((claim, index) => ({ ...claim, key: `c${index}` }));
  const byKey = new Map();
  for (const claim of claims) {
    if (!byKey.has(claim.report_key)) byKey.set(claim.report_key, []);
    byKey.get(claim.report_key).push(claim);
  }
  const listed = new Set();
  (incident.reports ?? []).forEach((report, index) => {
    if (listed.has(report.key)) return;
    listed.add(report.key);
    section.append(reportArticle(report, byKey.get(report.key) ?? [], reports.get(report.id), `r${index}-`));
  });
  // Claims whose report is not in the list still show, with their sentence quoted.
  for (const [key, rest] of byKey) {
    if (listed.has(key)) continue;
    section.append(reportArticle({ key, title: rest[0].source ?? key, url: rest[0].url, published: rest[0].published }, rest, null, `x${listed.size}-`));
    listed.add(key);
  }
  return section;
}

function reportArticle(report, claims, detail, idPrefix) {
  const hasText = detail && !(detail instanceof Error) && typeof detail.text === 'string';
  const currentVersion = hasText ? detail.version : null;
  const inText = hasText ? claims.filter((c) => c.report_version === undefined || currentVersion === undefined || c.report_version === currentVersion) : [];
  const spans = hasText ? locateSpans(detail.text, inText) : [];
  const located = new Set(spans.flatMap((s) => s.keys));

  const href = safeHref(report.url);
  const title = report.title || report.source || report.key;
  const article = el('article', { className: 'report', dataset: { report: report.id ?? '' } },
    el('h3', {}, title),
    el('p', { className: 'report-meta' },
      report.source ? `${report.source} · ` : '',
      report.published ? t('incident.report.published', { date: formatTime(report.published) }) : '',
      currentVersion ? ` · ${t('incident.report.version', { n: currentVersion })}` : '',
      href ? [' · ', el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, t('incident.report.open'))] : ''));

  const list = el('ul', { className: 'claims' });
  for (const claim of claims) {
    const item = el('li', { id: `claim-${idPrefix}${claim.key}`, className: 'claim' },
      el('span', { className: 'c-field' }, `${t(`field.${claim.field}`)}: `),
      el('strong', {}, typeof claim.value === 'number' ? figureText(claim.value, claim.qualifier) : String(claim.value ?? '—')),
      claim.scope && claim.scope !== 'incident' ? el('span', { className: 'note' }, ` (${t(`scope.${claim.scope}`)})`) : null,
      claimantText(claim.claimant) ? el('span', { className: 'c-who' }, ` — ${claimantText(claim.claimant)}`) : null,
      claim.confidence?.level ? el('span', { className: `confidence ${claim.confidence.level}` },
        `${t('incident.confidence')}: ${t(`confidence.${claim.confidence.level}`)}`,
        claim.confidence.reasons?.length ? ` (${claim.confidence.reasons.map(reasonText).join('; ')})` : '') : null);
    if (located.has(claim.key)) {
      const spanIndex = spans.findIndex((s) => s.keys.includes(claim.key));
      item.append(' ', el('button', {
        type: 'button', className: 'link-button',
        on: { click: () => focusMark(`${idPrefix}m${spanIndex}`) },
      }, t('incident.show_evidence')));
    } else if (claim.evidence?.text) {
      // Not in the current text (an earlier version, or the text is unavailable): quote the sentence itself.
      const quote = el('blockquote', { className: 'evidence' });
      if (hasText) quote.append(el('span', { className: 'note' }, `${t('incident.report.earlier')} `));
      quote.append(el('mark', {}, claim.evidence.text));
      item.append(quote);
    }
    list.append(item);
  }
  article.append(list);

  if (hasText) {
    const text = el('div', { className: 'report-text', attrs: { 'aria-label': t('incident.report.text') }, tabIndex: 0 });
    text.append(highlight(detail.text, spans, `${idPrefix}m`));
    article.append(text);
  } else if (detail instanceof Error) {
    article.append(el('p', { className: 'note' }, t('incident.report.unavailable')));
  }
  return article;
}

function focusMark(id) {
  const mark = document.getElementById(id);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1600);
}

// The latest incidents: a list of links (focusable, usable from the keyboard) in date order, newest first.
import { el, clear } from './dom.js';
import { t, formatDay, formatNumber } from './i18n.js';
import { weaponColor, casualtySummary, placeLabel } from './format.js';

export const LIST_SIZE = 100;

export function renderList(node, note, items, total, { hrefFor, onOpen }) {
  clear(node);
  const shown = items.slice(0, LIST_SIZE);
  for (const item of shown) {
    const weapons = (item.weapons ?? []).map((w) => t(`weapon.${w}`)).join(', ');
    node.append(el('li', {},
      el('a', {
        href: hrefFor(item.id),
        className: 'incident-link',
        dataset: { incident: item.id },
        on: { click: (event) => { if (!event.ctrlKey && !event.metaKey && !event.shiftKey) { event.preventDefault(); onOpen(item.id); } } },
      },
      swatch(weaponColor(item.weapons)),
      el('span', { className: 'li-main' },
        el('span', { className: 'li-place' }, placeLabel(item.place)),
        el('span', { className: 'li-meta' }, formatDay(item.date), weapons ? ` · ${weapons}` : ''),
      ),
      el('span', { className: 'li-figures' }, casualtySummary(item)),
      item.contested ? el('span', { className: 'badge' }, t('incident.contested')) : null,
      )));
  }
  if (!items.length) note.textContent = t('list.empty');
  else if (total > shown.length) note.textContent = t('list.more', { shown: formatNumber(shown.length), n: formatNumber(total) });
  else note.textContent = '';
}

function swatch(color) {
  const node = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  node.style.backgroundColor = color; // CSSOM, not a style attribute: allowed under a strict CSP
  return node;
}

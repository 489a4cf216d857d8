// Shared wording and colours for incidents.
import { t, tn, has, formatNumber, currentLanguage } from './i18n.js';

// Okabe–Ito colour-blind-safe palette; markers get a dark outline so light fills still read on the map.
export const WEAPON_COLORS = {
  drone: '#E69F00',
  missile: '#D55E00',
  glide_bomb: '#0072B2',
  artillery: '#009E73',
  mlrs: '#CC79A7',
  aircraft: '#56B4E9',
  mine: '#F0E442',
  unknown: '#8C8C8C',
};

export function weaponColor(weapons) {
  const first = (weapons ?? []).find((w) => WEAPON_COLORS[w]);
  return WEAPON_COLORS[first ?? 'unknown'];
}

export function placeLabel(place) {
  // An incident whose reports name no place is still listed: say so rather than show a bare dash.
  if (!place) return t('incident.place.none');
  const parts = [];
  if (place.district) parts.push(place.district);
  // The Ukrainian interface names the place in Ukrainian where the server knows the name (name_uk).
  const name = currentLanguage() === 'uk' && place.name_uk ? place.name_uk : place.name;
  if (name) parts.push(name);
  if (place.admin1 && place.admin1 !== place.name) {
    parts.push(place.admin1_code && has(`oblast.${place.admin1_code}`) ? t(`oblast.${place.admin1_code}`) : place.admin1);
  }
  return parts.join(', ') || '—';
}

export function casualtySummary(item) {
  const parts = [];
  if (item.killed !== null && item.killed !== undefined) parts.push(t('summary.killed', { n: formatNumber(item.killed) }));
  if (item.injured !== null && item.injured !== undefined) parts.push(t('summary.injured', { n: formatNumber(item.injured) }));
  return parts.length ? parts.join(', ') : t('summary.none');
}

export function countText(n) {
  return tn('count', n);
}

/** "at least 60" / "60": a figure with its qualifier in the interface language. */
export function figureText(value, qualifier) {
  if (value === null || value === undefined) return '—';
  const word = qualifier && qualifier !== 'exact' ? t(`qualifier.${qualifier}`) : '';
  return word ? `${word} ${formatNumber(value)}` : formatNumber(value);
}

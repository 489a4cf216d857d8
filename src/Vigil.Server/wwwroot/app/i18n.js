// One strings file per language (i18n/en.json, i18n/uk.json). Markup names its strings with
// data-i18n="key" (text) and data-i18n-attr="attr:key;attr:key" (attributes).

export const LANGUAGES = ['en', 'uk'];

let strings = {};
let language = 'en';
let plurals = new Intl.PluralRules('en');
const cache = new Map();

export async function setLanguage(lang) {
  language = LANGUAGES.includes(lang) ? lang : 'en';
  if (!cache.has(language)) {
    const response = await fetch(`i18n/${language}.json`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`i18n/${language}.json: HTTP ${response.status}`);
    cache.set(language, await response.json());
  }
  strings = cache.get(language);
  plurals = new Intl.PluralRules(language);
  document.documentElement.lang = language;
  document.title = t('app.title');
  translate(document);
}

export function currentLanguage() {
  return language;
}

/** The string for key with {name} placeholders filled; the key itself when missing (visible, not blank). */
export function t(key, values = {}) {
  const template = strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Plural forms as key.one / key.few / key.many / key.other (Ukrainian needs all four). */
export function tn(key, n, values = {}) {
  const form = plurals.select(n);
  const chosen = strings[`${key}.${form}`] !== undefined ? `${key}.${form}` : `${key}.other`;
  return t(chosen, { n: formatNumber(n), ...values });
}

export function has(key) {
  return strings[key] !== undefined;
}

export function formatNumber(n) {
  return new Intl.NumberFormat(language).format(n);
}

/** A calendar day (YYYY-MM-DD) in the interface language; the day is UTC so no time zone shifts it. */
export function formatDay(iso) {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso ?? '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A timestamp with its own offset, shown in the reader's language (Kyiv time, where the reports are). */
export function formatTime(iso) {
  if (typeof iso !== 'string') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Kyiv',
  }).format(date);
}

export function translate(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      if (attr && key) node.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}

// The whole view lives in the URL: filters, the open incident and the language, so a copied link
// reopens exactly what was on screen. Parameter names are the API's filter names.

export const WEAPONS = ['drone', 'missile', 'glide_bomb', 'artillery', 'mlrs', 'aircraft', 'mine', 'unknown'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** @returns {{from:string|null,to:string|null,oblast:string|null,weapons:string[],min:number|null,incident:string|null,lang:string}} */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const day = (name) => {
    const value = params.get(name);
    return value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
  };
  const weapons = (params.getAll('weapon').join(',') || '')
    .split(',').map((w) => w.trim()).filter((w) => WEAPONS.includes(w));
  const minText = params.get('min_casualties');
  const min = minText && /^\d{1,6}$/.test(minText) ? Number(minText) : null;
  const oblast = params.get('oblast');
  return {
    from: day('from'),
    to: day('to'),
    oblast: oblast && /^[A-Z]{2}-[0-9A-Z]{2,3}$/.test(oblast) ? oblast : null,
    weapons: [...new Set(weapons)].sort((a, b) => WEAPONS.indexOf(a) - WEAPONS.indexOf(b)),
    min: min && min > 0 ? min : null,
    incident: params.get('incident') || null,
    lang: params.get('lang') === 'uk' ? 'uk' : 'en',
  };
}

/** Filter parameters for the API (and the URL); `dates: false` leaves the date range out. */
export function filterParams(state, { dates = true } = {}) {
  const params = new URLSearchParams();
  if (dates && state.from) params.set('from', state.from);
  if (dates && state.to) params.set('to', state.to);
  if (state.oblast) params.set('oblast', state.oblast);
  if (state.weapons.length) params.set('weapon', state.weapons.join(','));
  if (state.min) params.set('min_casualties', String(state.min));
  return params;
}

export function toSearch(state) {
  const params = filterParams(state);
  if (state.incident) params.set('incident', state.incident);
  if (state.lang !== 'en') params.set('lang', state.lang);
  const text = params.toString();
  return text ? `?${text}` : window.location.pathname;
}

/** A key that changes exactly when the incidents to fetch change. */
export function filterKey(state, options) {
  return filterParams(state, options).toString();
}

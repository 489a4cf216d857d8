// Daily series from GET /api/v1/stats/daily: killed and injured, launched and intercepted.
// Dragging across either chart (brushing) selects a date range, which becomes the date filter;
// the charts themselves ignore the date filter so the selection is shown in its context.
import uPlot from '../lib/uplot/uPlot.esm.js';
import { el, clear } from './dom.js';
import { t, currentLanguage } from './i18n.js';

const DAY_SECONDS = 86400;

export function dayToSeconds(day) {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

export function secondsToDay(seconds) {
  return new Date(Math.round(seconds / DAY_SECONDS) * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}

/** Rows (sparse: only days with something) to uPlot columns, one per day from the first to the last. */
export function toColumns(items, fields) {
  if (!items.length) return null;
  const byDay = new Map(items.map((row) => [row.date, row]));
  const first = dayToSeconds(items[0].date);
  const last = dayToSeconds(items[items.length - 1].date);
  const xs = [];
  const ys = fields.map(() => []);
  for (let s = first; s <= last; s += DAY_SECONDS) {
    xs.push(s);
    const row = byDay.get(secondsToDay(s));
    // A day with nothing is null, not 0: no bar at all rather than a hairline on the axis.
    fields.forEach((field, i) => ys[i].push(row?.[field] ? row[field] : null));
  }
  return [xs, ...ys];
}

export class Timeline {
  constructor(containers, { onRange }) {
    this.containers = containers; // { casualties, airdefense }
    this.onRange = onRange;
    this.charts = [];
    this.items = [];
    this.range = { from: null, to: null };
    this.observer = new ResizeObserver(() => this.resize());
    for (const node of Object.values(containers)) this.observer.observe(node);
  }

  setData(items, range) {
    this.items = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.range = range;
    this.draw();
  }

  /** Rebuilds the charts (labels follow the interface language). */
  draw() {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    const specs = [
      { node: this.containers.casualties, fields: ['killed', 'injured'], colors: ['#b2182b', '#d6604d'] },
      { node: this.containers.airdefense, fields: ['launched', 'intercepted'], colors: ['#4d4d4d', '#2166ac'] },
    ];
    for (const spec of specs) {
      clear(spec.node);
      const data = toColumns(this.items, spec.fields);
      if (!data || data.slice(1).every((ys) => ys.every((y) => y === null))) {
        spec.node.append(el('p', { className: 'note' }, t('timeline.empty')));
        continue;
      }
      const chart = new uPlot(this.options(spec), data, spec.node);
      this.charts.push(chart);
    }
    this.showRange();
  }

  options(spec) {
    const width = Math.max(240, spec.node.clientWidth || 600);
    const language = currentLanguage();
    const dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const yearFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const bars = (align) => uPlot.paths.bars({ size: [0.45, 40], align });
    return {
      width,
      height: 150,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: {
        drag: { x: true, y: false, setScale: false },
        sync: { key: 'vigil-daily' },
        points: { show: false },
      },
      select: { show: true },
      // Half a day of margin each side so the first and last day's bars are whole.
      scales: { x: { time: true, range: (u, min, max) => [min - DAY_SECONDS / 2, max + DAY_SECONDS / 2] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [
        {
          values: (u, splits) => {
            const long = splits.length > 1 && splits[splits.length - 1] - splits[0] > 300 * DAY_SECONDS;
            return splits.map((s) => (s == null ? '' : (long ? yearFormat : dayFormat).format(new Date(s * 1000))));
          },
        },
        { size: 44 },
      ],
      series: [
        { value: (u, s) => (s == null ? '—' : yearFormat.format(new Date(s * 1000))) },
        ...spec.fields.map((field, i) => ({
          label: t(`field.${field}`),
          stroke: spec.colors[i],
          fill: spec.colors[i],
          width: 1,
          paths: bars(i === 0 ? -1 : 1),
          points: { show: false },
        })),
      ],
      hooks: {
        setSelect: [(u) => this.selected(u)],
      },
    };
  }

  selected(u) {
    if (this.quiet || u.select.width < 4) return;
    const from = secondsToDay(u.posToVal(u.select.left, 'x'));
    const to = secondsToDay(u.posToVal(u.select.left + u.select.width, 'x'));
    this.onRange?.(from <= to ? { from, to } : { from: to, to: from });
  }

  /** Draws the current date filter as the charts' selection box. */
  showRange() {
    const { from, to } = this.range;
    this.quiet = true;
    try {
      for (const chart of this.charts) {
        if (!from && !to) {
          chart.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
          continue;
        }
        const xs = chart.data[0];
        const lo = from ? dayToSeconds(from) - DAY_SECONDS / 2 : xs[0] - DAY_SECONDS / 2;
        const hi = to ? dayToSeconds(to) + DAY_SECONDS / 2 : xs[xs.length - 1] + DAY_SECONDS / 2;
        const left = Math.max(0, chart.valToPos(lo, 'x'));
        const right = Math.min(chart.bbox.width / window.devicePixelRatio, chart.valToPos(hi, 'x'));
        chart.setSelect({ left, width: Math.max(0, right - left), top: 0, height: chart.bbox.height / window.devicePixelRatio }, false);
      }
    } finally {
      this.quiet = false;
    }
  }

  resize() {
    for (const chart of this.charts) {
      const width = Math.max(240, chart.root.parentElement?.clientWidth || 600);
      if (Math.abs(chart.width - width) > 2) chart.setSize({ width, height: 150 });
    }
    this.showRange();
  }
}

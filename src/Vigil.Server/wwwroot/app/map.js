// The overview map: Ukraine's oblasts from GET /api/v1/oblasts on a plain background (no tile
// server), incidents as circles sized by casualties and coloured by weapon, clustered when dense.
// A place known only to oblast or district level is drawn as a translucent dashed area, not a pin.
import { el } from './dom.js';
import { t, tn, formatDay, formatNumber } from './i18n.js';
import { weaponColor, casualtySummary, placeLabel } from './format.js';

const L = window.L;

// Radius of the area drawn for an imprecise place, by what the place is.
const AREA_METERS = { oblast: 60000, raion: 25000 };
const AREA_DEFAULT_METERS = 8000;
const AREA_POPUP_ITEMS = 8;
const AREA_MIN_PIXELS = 12;
const MIXED = '#4a5361';

export function markerRadius(item) {
  const casualties = (item.killed ?? 0) + (item.injured ?? 0);
  return Math.min(24, 4 + 2.2 * Math.sqrt(casualties));
}

export class IncidentMap {
  constructor(container, { onOpen, onOblast }) {
    this.container = container;
    this.onOpen = onOpen;
    this.onOblast = onOblast;
    this.map = L.map(container, {
      zoomSnap: 0.25,
      minZoom: 4,
      maxZoom: 13,
      worldCopyJump: false,
      attributionControl: true,
    });
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com" rel="noopener">Leaflet</a>');
    this.map.setView([48.6, 31.2], 5.5);
    this.oblasts = null;
    this.selectedOblast = null;
    this.areas = L.featureGroup();
    this.areas.addTo(this.map);
    // One popup and tooltip handler per group rather than per marker: binding 10,000 markers
    // one by one cost more than clustering them.
    this.areas.on('click', (event) => this.openPopup(event.layer));
    this.areas.on('mouseover', (event) => this.hover(event.layer));
    this.map.on('zoomend', () => { for (const group of this.areaGroups.values()) this.sizeArea(group); });
    this.cluster = this.newCluster();
    this.areaGroups = new Map();
    this.drawn = 0;
    this.pending = 0;
    this.waiters = [];
    this.credits = [];
  }

  // A fresh cluster group per load: a chunked addLayers still running on the old one cannot add
  // stale markers to the new view.
  newCluster() {
    const group = L.markerClusterGroup({
      chunkedLoading: true,
      chunkInterval: 150,
      chunkDelay: 10,
      chunkProgress: (processed, total) => {
        if (group === this.cluster && processed >= total) this.done();
      },
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      maxClusterRadius: 44,
      iconCreateFunction: (cluster) => clusterIcon(cluster.getChildCount()),
    });
    group.on('click', (event) => this.openPopup(event.layer));
    group.on('mouseover', (event) => this.hover(event.layer));
    group.addTo(this.map);
    return group;
  }

  done() {
    this.pending = Math.max(0, this.pending - 1);
    if (this.pending === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Resolves when every marker handed to add() is on the map. */
  settled() {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  setCredits(texts) {
    for (const text of this.credits) this.map.attributionControl.removeAttribution(text);
    // Attribution strings are our own constants from the strings files, never data.
    this.credits = texts.map(escapeText);
    for (const text of this.credits) this.map.attributionControl.addAttribution(text);
  }

  setOblasts(geojson) {
    this.oblasts = L.geoJSON(geojson, {
      className: 'oblast',
      style: (feature) => oblastStyle(feature.id === this.selectedOblast),
      onEachFeature: (feature, layer) => {
        layer.on('click', () => this.onOblast?.(feature.id));
      },
    }).addTo(this.map);
    this.oblasts.bringToBack();
    this.ukraine = this.oblasts.getBounds();
    this.fit();
  }

  /** Outlines the filtered oblast and zooms to it; only a change of oblast moves the map. */
  selectOblast(code) {
    if (!this.oblasts || code === this.selectedOblast) {
      this.selectedOblast = code;
      return;
    }
    this.selectedOblast = code;
    this.oblasts.eachLayer((layer) => layer.setStyle(oblastStyle(layer.feature.id === code)));
    this.fit();
  }

  fit() {
    let bounds = this.ukraine;
    if (this.selectedOblast && this.oblasts) {
      this.oblasts.eachLayer((layer) => {
        if (layer.feature.id === this.selectedOblast) bounds = layer.getBounds();
      });
    }
    if (bounds?.isValid()) this.map.fitBounds(bounds, { padding: [8, 8], animate: false });
    // A map built while hidden (the page opened on an incident) has no size yet: fit again once shown.
    this.fittedShown = this.map.getSize().x > 0;
  }

  clear() {
    const old = this.cluster;
    this.cluster = this.newCluster();
    // Unfinished chunks of the old group (if any) finish on a group no longer on the map: invisible.
    this.map.removeLayer(old);
    this.pending = 0;
    for (const resolve of this.waiters.splice(0)) resolve();
    this.areas.clearLayers();
    this.areaGroups.clear();
    this.drawn = 0;
    this.container.dataset.drawn = '0';
  }

  /** Adds a page of incident summaries (GET /api/v1/incidents items). */
  add(items) {
    const markers = [];
    for (const item of items) {
      const place = item.place;
      if (!place || place.precision === 'none' || typeof place.lat !== 'number' || typeof place.lon !== 'number') continue;
      const color = weaponColor(item.weapons);
      if (place.precision === 'area') {
        this.addArea(item, color);
        this.drawn++;
        continue;
      }
      const layer = L.circleMarker([place.lat, place.lon], {
        radius: markerRadius(item),
        color: '#1b1f24',
        weight: 1,
        fillColor: color,
        fillOpacity: 0.85,
        className: 'incident-marker',
      });
      markers.push(layer);
      layer.incident = item;
      this.drawn++;
    }
    this.pending++;
    this.cluster.addLayers(markers);
    this.container.dataset.drawn = String(this.drawn);
  }

  // Incidents placed only to an oblast or district share one area per place: hundreds of
  // overlapping 60 km circles would hide the map, and each would claim a precision it lacks.
  addArea(item, color) {
    const place = item.place;
    const key = `${place.lat.toFixed(3)},${place.lon.toFixed(3)},${place.kind ?? ''}`;
    let group = this.areaGroups.get(key);
    if (!group) {
      const layer = L.circle([place.lat, place.lon], {
        radius: AREA_METERS[place.kind] ?? AREA_DEFAULT_METERS,
        color,
        weight: 2,
        dashArray: '6 5',
        fillColor: color,
        fillOpacity: 0.16,
        className: 'incident-area',
      });
      group = { items: [], layer, color, meters: AREA_METERS[place.kind] ?? AREA_DEFAULT_METERS };
      layer.areaGroup = group;
      this.areaGroups.set(key, group);
      this.areas.addLayer(layer);
      this.sizeArea(group);
    } else if (group.color !== color && group.color !== MIXED) {
      group.color = MIXED;
      group.layer.setStyle({ color: MIXED, fillColor: MIXED });
    }
    group.items.push(item);
  }

  // An area is drawn to scale, but its radius never under AREA_MIN_PIXELS: a district-level place
  // (8 km) would otherwise vanish at the national zoom.
  sizeArea(group) {
    const lat = group.layer.getLatLng().lat;
    const metersPerPixel = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / 2 ** (this.map.getZoom() + 8);
    group.layer.setRadius(Math.max(group.meters, metersPerPixel * AREA_MIN_PIXELS));
  }

  openPopup(layer) {
    layer?.closeTooltip?.();
    if (layer?.areaGroup) {
      L.popup({ maxWidth: 300 }).setLatLng(layer.getLatLng()).setContent(this.areaPopup(layer.areaGroup)).openOn(this.map);
      return;
    }
    if (!layer?.incident) return;
    L.popup({ maxWidth: 280 }).setLatLng(layer.getLatLng()).setContent(this.popup(layer.incident)).openOn(this.map);
  }

  hover(layer) {
    if (layer?.areaGroup && !layer.getTooltip()) {
      const group = layer.areaGroup;
      layer.bindTooltip(() => el('span', {}, `${placeLabel(group.items[0].place)} · ${tn('count', group.items.length)} · ${t('map.area')}`), { direction: 'top' }).openTooltip();
      return;
    }
    if (!layer?.incident || layer.getTooltip()) return;
    const item = layer.incident;
    layer.bindTooltip(() => el('span', {}, `${placeLabel(item.place)} · ${formatDay(item.date)}`), { direction: 'top' }).openTooltip();
  }

  areaPopup(group) {
    const shown = group.items.slice(0, AREA_POPUP_ITEMS);
    return el('div', { className: 'popup' },
      el('strong', {}, placeLabel(group.items[0].place)),
      el('div', { className: 'note' }, `${t('map.area')} · ${tn('count', group.items.length)}`),
      el('ul', { className: 'popup-list' }, shown.map((item) => el('li', {},
        el('a', {
          href: `?incident=${encodeURIComponent(item.id)}`,
          dataset: { incident: item.id },
          on: { click: (event) => { event.preventDefault(); this.onOpen?.(item.id); } },
        }, formatDay(item.date)),
        ` · ${casualtySummary(item)}`))),
      group.items.length > shown.length ? el('div', { className: 'note' }, t('list.more', { shown: formatNumber(shown.length), n: formatNumber(group.items.length) })) : null);
  }

  popup(item) {
    return el('div', { className: 'popup' },
      el('strong', {}, placeLabel(item.place)),
      el('div', {}, formatDay(item.date), ' · ', (item.weapons ?? []).map((w) => t(`weapon.${w}`)).join(', ')),
      el('div', {}, casualtySummary(item)),
      item.place?.precision === 'area' ? el('div', { className: 'note' }, t('map.area')) : null,
      el('a', {
        href: `?incident=${encodeURIComponent(item.id)}`,
        className: 'popup-open',
        dataset: { incident: item.id },
        on: { click: (event) => { event.preventDefault(); this.onOpen?.(item.id); } },
      }, t('map.open')));
  }

  invalidate() {
    this.map.invalidateSize();
    if (!this.fittedShown && this.ukraine) this.fit();
  }
}

function oblastStyle(selected) {
  return selected
    ? { color: '#1f3a5f', weight: 2.5, fillColor: '#fff1c9', fillOpacity: 1 }
    : { color: '#7b8794', weight: 1, fillColor: '#fbfaf6', fillOpacity: 1 };
}

function clusterIcon(count) {
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
  // The count is a number we computed: formatting it is not inserting data as HTML.
  return L.divIcon({
    html: `<span>${formatNumber(count)}</span>`,
    className: 'cluster',
    iconSize: L.point(size, size),
  });
}

// Leaflet attributions take HTML strings: escape the text we give them.
function escapeText(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

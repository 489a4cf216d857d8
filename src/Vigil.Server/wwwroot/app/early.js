// Loaded as an async module from <head>: it runs as soon as it and its two imports arrive, before
// the document, Leaflet and the rest of the app, and asks for the data the overview waits for:
// all incidents pages (one after another) and the oblasts.
import { readState, filterKey, filterParams } from './state.js';
import { api, streamIncidents } from './api.js';

const state = readState();

/** Every incidents page for the URL's filters, already on its way (null on an incident page), and how to cancel it. */
export const early = {
  key: state.incident ? null : filterKey(state),
  controller: new AbortController(),
  stream: null,
};
if (early.key !== null) {
  early.stream = streamIncidents(filterParams(state), { signal: early.controller.signal });
}

export const oblastsRequest = api.oblasts();
oblastsRequest.catch(() => {});

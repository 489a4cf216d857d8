// Loaded as an async module from <head>: it runs as soon as it and its two imports arrive, before
// the document, Leaflet and the rest of the app, and asks for the data the overview waits for.
import { readState, filterKey, filterParams } from './state.js';
import { api, firstIncidentsPage } from './api.js';

const state = readState();

/** The first incidents page for the URL's filters (null on an incident page), and how to cancel it. */
export const early = {
  key: state.incident ? null : filterKey(state),
  controller: new AbortController(),
  page: null,
};
if (early.key !== null) {
  early.page = firstIncidentsPage(filterParams(state), { signal: early.controller.signal });
  early.page.catch(() => {}); // reported where it is awaited
}

export const oblastsRequest = api.oblasts();
oblastsRequest.catch(() => {});

// The HTTP API (docs/api.md), addressed relative to the page so the dashboard works under any base path.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function getJson(path, { signal } = {}) {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
      if (problem.errors) detail += ` (${Object.entries(problem.errors).map(([k, v]) => `${k}: ${[].concat(v).join(' ')}`).join('; ')})`;
    } catch {
      // Not a problem document: the status says enough.
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

/**
 * Every incident the filters match, a page of `limit` at a time (newest first). Each page is
 * handed to onPage as it arrives so the map draws the first page while later ones load.
 */
export async function loadIncidents(params, { signal, onPage, limit = 5000, firstPage = null } = {}) {
  const fetchPage = (cursor) => {
    const query = new URLSearchParams(params);
    query.set('limit', String(limit));
    if (cursor) query.set('cursor', cursor);
    return getJson(`api/v1/incidents?${query}`, { signal });
  };
  let total = 0;
  let count = 0;
  // The next page is requested before this one is drawn, so the server works while the browser draws.
  let pending = firstPage ?? fetchPage(null);
  while (pending) {
    const page = await pending;
    pending = page.next_cursor && !signal?.aborted ? fetchPage(page.next_cursor) : null;
    total = page.total ?? total;
    count += page.items.length;
    onPage?.(page.items, { total, first: count === page.items.length });
  }
  return { total, count };
}

/** The first page alone, so the page can ask for it before anything else is ready. */
export function firstIncidentsPage(params, { signal, limit = 5000 } = {}) {
  const query = new URLSearchParams(params);
  query.set('limit', String(limit));
  return getJson(`api/v1/incidents?${query}`, { signal });
}

export const api = {
  oblasts: (signal) => getJson('api/v1/oblasts', { signal }),
  daily: (params, signal) => getJson(`api/v1/stats/daily?${params}`, { signal }),
  incident: (id, signal) => getJson(`api/v1/incidents/${encodeURIComponent(id)}`, { signal }),
  report: (id, signal) => getJson(`api/v1/reports/${encodeURIComponent(id)}`, { signal }),
  exportUrl: (format, params) => {
    const query = new URLSearchParams(params);
    query.set('format', format);
    return `api/v1/export?${query}`;
  },
};

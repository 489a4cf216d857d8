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
 * Starts fetching every incident the filters match, `firstLimit` then `limit` at a time (newest first): each next
 * page is requested as soon as the one before it arrives, whether or not anyone has drawn it yet.
 * Iterate the result (for await) to get the pages in order.
 */
export function streamIncidents(params, { signal, limit = 5000, firstLimit = 500 } = {}) {
  const pages = [];
  // A small first page draws the newest incidents at once; the rest follow in large pages.
  const fetchFrom = (cursor) => {
    const query = new URLSearchParams(params);
    query.set('limit', String(cursor ? limit : Math.min(firstLimit, limit)));
    if (cursor) query.set('cursor', cursor);
    const page = getJson(`api/v1/incidents?${query}`, { signal });
    pages.push(page);
    // Registered before any reader awaits this page, so the next page is queued before a reader resumes.
    page.then((result) => { if (result.next_cursor && !signal?.aborted) fetchFrom(result.next_cursor); }, () => {});
    return page;
  };
  fetchFrom(null);
  return {
    async *[Symbol.asyncIterator]() {
      for (let i = 0; ; i++) {
        const page = await pages[i];
        yield page;
        if (!page.next_cursor || signal?.aborted) return;
      }
    },
  };
}

/** Hands each page of incidents to onPage as it arrives, so the map draws while later pages load. */
export async function loadIncidents(params, { signal, onPage, limit = 5000, stream = null } = {}) {
  let total = 0;
  let count = 0;
  for await (const page of stream ?? streamIncidents(params, { signal, limit })) {
    total = page.total ?? total;
    count += page.items.length;
    onPage?.(page.items, { total, first: count === page.items.length });
  }
  return { total, count };
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

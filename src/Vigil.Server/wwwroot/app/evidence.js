// Report text with the evidence of claims highlighted. The text is always text: it is cut into
// text nodes and <mark> elements whose textContent is set; nothing from it is ever parsed as HTML.

/**
 * Where each claim's evidence is in the text. Offsets are UTF-16 indexes (JavaScript's own), so
 * text.slice(start, end) must equal evidence.text; when it does not (the text was normalised since),
 * the first occurrence of the evidence text is used instead, and a claim with neither is left out.
 * @returns {{start:number,end:number,keys:string[]}[]} merged, ordered, non-overlapping spans
 */
export function locateSpans(text, claims) {
  const spans = [];
  for (const claim of claims) {
    const evidence = claim.evidence;
    if (!evidence || typeof evidence.text !== 'string' || !evidence.text) continue;
    let { start, end } = evidence;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end
      && text.slice(start, end) === evidence.text)) {
      start = text.indexOf(evidence.text);
      if (start < 0) continue;
      end = start + evidence.text.length;
    }
    spans.push({ start, end, keys: [claim.key] });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping sentences (two claims from one sentence, or nested spans) become one mark, so each
  // claim's whole evidence sits inside a single <mark>.
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.keys.push(...span.keys);
    } else {
      merged.push({ ...span, keys: [...span.keys] });
    }
  }
  return merged;
}

/** A fragment of text nodes and marks; each mark gets id `${idPrefix}${index}` and data-claims. */
export function highlight(text, spans, idPrefix) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  spans.forEach((span, index) => {
    if (span.start > at) fragment.append(document.createTextNode(text.slice(at, span.start)));
    const mark = document.createElement('mark');
    mark.id = `${idPrefix}${index}`;
    mark.tabIndex = -1;
    mark.dataset.claims = span.keys.join(' ');
    mark.textContent = text.slice(span.start, span.end);
    fragment.append(mark);
    at = span.end;
  });
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

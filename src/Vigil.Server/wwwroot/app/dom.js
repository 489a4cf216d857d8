// Builds elements from data without ever parsing data as HTML: every string becomes a text node.
// (Report titles and texts come from the open web; a strict CSP comes later, so no innerHTML.)

/**
 * el('a', { href, className, dataset: {...}, attrs: {...}, on: { click } }, child, "text", ...)
 * Children that are strings or numbers become text nodes; null/undefined/false are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'attrs') for (const [name, v] of Object.entries(value)) { if (v !== undefined && v !== null && v !== false) node.setAttribute(name, String(v)); }
    else if (key === 'on') for (const [name, handler] of Object.entries(value)) node.addEventListener(name, handler);
    else if (key === 'text') node.textContent = String(value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// Builds DOM nodes. Strings always become text nodes and attribute values are set as plain values,
// so article text is never parsed as markup, whatever it contains.
const SVG = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const el = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);

export const svg = (tag, attrs, ...children) => fill(document.createElementNS(SVG, tag), attrs, children);

export const docLink = (id, label) => el('a', { href: '#doc/' + encodeURIComponent(id), class: 'doc-link' }, label ?? id);

// "◀ Previous · Page 2 of 9 · 420 events · Next ▶" over a page the API returned ({page, size, total});
// onPage(n) gives the click handler that shows page n.
export function pager(id, { page, size, total }, noun, onPage) {
  const pages = Math.max(1, Math.ceil(total / size));
  return el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: page <= 1, onclick: onPage(page - 1) }, '◀ Previous'),
    el('span', { id }, `Page ${page} of ${pages} · ${total} ${noun}`),
    el('button', { type: 'button', disabled: page >= pages, onclick: onPage(page + 1) }, 'Next ▶'));
}

export const EVENT_TYPE_COLOURS = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9',
  'Riots': '#16a085',
  'Strategic developments': '#7f8c8d',
};

export const colourOf = type => EVENT_TYPE_COLOURS[type] ?? '#555';

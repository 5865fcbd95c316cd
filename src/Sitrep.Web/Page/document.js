// One document: its text with every recognised span highlighted by kind; hovering a span says what it was
// recognised as and which rule or dictionary entry fired. The text goes into text nodes only.
import { getJson } from './api.js';
import { el } from './dom.js';

const KIND_CLASS = {
  Place: 'place', Actor: 'actor', Date: 'date', Quantity: 'number', Source: 'source', Trigger: 'trigger', Cue: 'cue', Label: 'label',
};
const KIND_NAME = { Quantity: 'Number' };

const kindClass = kind => KIND_CLASS[kind] ?? 'other';
const describe = (m, text) =>
  `${KIND_NAME[m.kind] ?? m.kind} “${text.slice(m.start, m.start + m.length)}” = ${m.value}${m.detail ? ` (${m.detail})` : ''}  ← ${m.entry}`;

/** Cuts the text at every span boundary; each piece is marked with the spans covering it, innermost kind first. */
function highlighted(text, mentions, info) {
  const bounds = new Set([0, text.length]);
  for (const m of mentions) {
    bounds.add(Math.min(m.start, text.length));
    bounds.add(Math.min(m.start + m.length, text.length));
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = mentions
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => m.start <= from && m.start + m.length >= to)
      .sort((a, b) => a.m.length - b.m.length);
    const piece = text.slice(from, to);
    if (covering.length === 0) { pieces.push(piece); continue; }
    const description = covering.map(({ m }) => describe(m, text)).join('\n');
    pieces.push(el('mark', {
      class: 'hl k-' + kindClass(covering[0].m.kind),
      'data-kinds': covering.map(({ m }) => kindClass(m.kind)).join(' '),
      'data-mentions': covering.map(({ index }) => index).join(' '),
      title: description,
      onmouseenter: () => info.replaceChildren(...description.split('\n').map(line => el('div', {}, line))),
    }, piece));
  }
  return pieces;
}

export async function showDocument(id) {
  const doc = await getJson('/api/documents/' + encodeURIComponent(id));
  const info = el('div', { id: 'span-info', class: 'span-info' }, 'Hover a highlighted span to see what it was recognised as and why.');
  const legend = el('p', { class: 'legend' }, 'Kinds: ',
    Object.entries(KIND_CLASS).map(([kind, cls]) => el('mark', { class: 'hl k-' + cls }, KIND_NAME[kind] ?? kind)));
  const spans = el('table', { id: 'mentions-table' },
    el('thead', {}, el('tr', {}, ['Kind', 'Text', 'Value', 'Rule or entry'].map(h => el('th', {}, h)))),
    el('tbody', {}, doc.mentions.map(m => el('tr', { class: 'k-' + kindClass(m.kind) },
      el('td', {}, KIND_NAME[m.kind] ?? m.kind), el('td', {}, doc.text.slice(m.start, m.start + m.length)),
      el('td', {}, m.value + (m.detail ? ` (${m.detail})` : '')), el('td', {}, m.entry)))));
  const events = el('ol', { id: 'document-events' }, doc.events.map(e =>
    el('li', {}, el('strong', {}, e.subEventType), ' — ', el('q', {}, doc.text.slice(e.quoteStart, e.quoteStart + e.quoteLength)),
      el('div', { class: 'why' }, e.why.join(' · ')))));
  return el('article', { id: 'document', 'data-doc': doc.id },
    el('h2', { id: 'document-title' }, doc.title ?? '(no title)'),
    el('p', { class: 'meta' }, `${doc.outlet ?? 'unknown outlet'} · ${doc.published ?? 'undated'} · ${doc.language} · ${doc.id}`),
    legend,
    el('div', { class: 'document-body' },
      el('div', { id: 'document-text', lang: doc.language }, highlighted(doc.text, doc.mentions, info)),
      info),
    el('h3', {}, `Events (${doc.events.length})`), events,
    el('h3', {}, `Recognised spans (${doc.mentions.length})`), spans);
}

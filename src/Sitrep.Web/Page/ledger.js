// The ledger: events that several documents report, figures that disagree side by side, and the words
// each outlet uses for each actor.
import { getJson } from './api.js';
import { el, svg, docLink } from './dom.js';

const sources = list => list.length ? list.join(' < ') : 'no source named';

export async function showLedger() {
  const ledger = await getJson('/api/ledger');
  const clusters = ledger.clusters.map(c => el('div', { class: 'cluster' },
    el('h4', {}, `${c.subEventType} · ${c.place ?? '?'} · ${c.date ?? 'undated'} · ${c.reports.length} reports`),
    el('ul', {}, c.reports.map(r => el('li', {},
      el('strong', {}, r.outlet ?? 'unknown outlet'), ` (${sources(r.sources)}${r.fatalities === null ? '' : `, ${r.fatalities} dead`}) `,
      el('q', {}, r.quote), ' ', docLink(r.docId, 'open'))))));
  const side = s => el('td', {},
    el('div', { class: 'value' }, String(s.value)),
    el('div', {}, el('strong', {}, s.outlet ?? 'unknown outlet'), ' — ', sources(s.sources)),
    el('q', {}, s.quote), ' ', docLink(s.docId, 'open'));
  const contradictions = el('table', { id: 'contradictions' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Quantity'), el('th', {}, 'One report'), el('th', {}, 'Another report'))),
    el('tbody', {}, ledger.contradictions.map(c => el('tr', {},
      el('td', {}, `${c.quantity}${c.unit ? ` (${c.unit})` : ''} · ${c.date ?? 'undated'}`), side(c.first), side(c.second)))));
  return el('section', { id: 'ledger' },
    el('h2', {}, `Contradictions (${ledger.contradictions.length})`),
    ledger.contradictions.length ? contradictions : el('p', { class: 'empty' }, 'No two documents disagree on a figure.'),
    el('h2', {}, `Events reported by several documents (${ledger.clusters.length})`),
    clusters.length ? clusters : el('p', { class: 'empty' }, 'No event is reported by two documents.'));
}

const BAR = 22;

export async function showFraming() {
  const counts = await getJson('/api/framing');
  if (counts.length === 0) return el('p', { class: 'empty' }, 'No labels stored.');
  const max = Math.max(...counts.map(c => c.count));
  const outlets = Map.groupBy(counts, c => c.outlet);
  return el('section', { id: 'framing' },
    el('h2', {}, 'Words each outlet uses for each actor'),
    [...outlets].map(([outlet, rows]) => el('div', { class: 'outlet', 'data-outlet': outlet },
      el('h3', {}, outlet),
      svg('svg', { viewBox: `0 0 900 ${rows.length * BAR}`, class: 'chart framing', role: 'img', 'aria-label': `labels used by ${outlet}` },
        rows.map((r, i) => [
          svg('text', { x: 340, y: i * BAR + 15, class: 'tick end' }, `${r.actor}: “${r.word}”`),
          svg('rect', { x: 350, y: i * BAR + 3, height: BAR - 6, width: Math.max(2, 500 * r.count / max), class: 'bar' }),
          svg('text', { x: 356 + 500 * r.count / max, y: i * BAR + 15, class: 'tick' }, String(r.count)),
        ])))));
}

// The ledger, as `sitrep ledger` computes it: figures that independent sources disagree on side by side, then the
// events several documents report, most independent sources first; and the words each outlet uses for each actor.
import { getJson } from './api.js';
import { el, svg, docLink, pager } from './dom.js';

const chain = r => r.sources.length ? r.sources.join(' < ') : `(${r.origin})`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// The events told twice or more, a page at a time (the address's page and size, as the events table's).
export async function showLedger(params, go) {
  const query = { minReports: 2 };
  for (const name of ['page', 'size']) if (params.get(name)) query[name] = params.get(name);
  const ledger = await getJson('/api/ledger', query);
  const toPage = n => () => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    go('ledger', next);
  };
  const clusters = ledger.clusters.map(c => el('div', { class: 'cluster', 'data-cluster': c.id },
    el('h4', {}, `${c.subEventType} · ${c.place} · ${c.date ?? 'undated'} · ${plural(c.corroboration, 'independent source')}` +
      ` (${c.sources.join(', ')}) · ${plural(c.reports.length, 'report')}${c.fatalities.length ? ` · ${c.fatalities.join('/')} dead` : ''}`),
    el('ul', {}, c.reports.map(r => el('li', {},
      el('strong', {}, r.outlet ?? 'unknown outlet'), ` (${chain(r)}) `, el('q', {}, r.quote), ' ', docLink(r.docId, 'open'))))));
  const side = (value, r) => el('td', {},
    el('div', { class: 'value' }, String(value)),
    el('div', {}, el('strong', {}, r.outlet ?? 'unknown outlet'), ' — ', chain(r)),
    el('q', {}, r.quote), ' ', docLink(r.docId, 'open'));
  const contradictions = el('table', { id: 'contradictions' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Figure'), el('th', {}, 'One source'), el('th', {}, 'Another source'))),
    el('tbody', {}, ledger.contradictions.map(c => el('tr', {},
      el('td', {}, `${c.kind}: ${c.subject}`), side(c.valueA, c.a), side(c.valueB, c.b)))));
  return el('section', { id: 'ledger' },
    el('h2', {}, `Contradictions between independent sources (${ledger.contradictions.length})`),
    ledger.contradictions.length ? contradictions : el('p', { class: 'empty' }, 'No two independent sources disagree on a figure.'),
    el('h2', {}, `Events reported more than once (${ledger.total})`),
    pager('ledger-total', ledger, 'events', toPage),
    clusters.length ? clusters : el('p', { class: 'empty' }, 'No event is reported twice.'));
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

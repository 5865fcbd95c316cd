// The events table: the server filters, sorts and pages, so it stays fast at 100,000 rows.
import { getJson, filtersOf } from './api.js';
import { el, docLink, pager } from './dom.js';

const COLUMNS = [
  { key: 'date', label: 'Date', value: e => e.date ?? '' },
  { key: 'type', label: 'Sub-event type', value: e => e.subEventType },
  { key: 'actor1', label: 'Actor 1', value: e => e.actor1 ?? '' },
  { key: 'actor2', label: 'Actor 2', value: e => e.actor2 ?? '' },
  { key: 'place', label: 'Place', value: e => (e.location ?? '') + (e.placeName && e.placeName !== e.location ? ` (${e.placeName})` : '') },
  { key: 'fatalities', label: 'Dead', value: e => e.fatalities ?? '' },
  { key: null, label: 'Sources', value: e => e.sources.join(' < ') },
  { key: 'outlet', label: 'Outlet', value: e => e.outlet ?? '' },
  { key: 'doc', label: 'Document', value: e => docLink(e.docId) },
  { key: null, label: 'Quote', value: e => el('span', { title: e.quote, class: 'quote' }, shorten(e.quote)) },
];

const shorten = text => text.length <= 120 ? text : text.slice(0, 117) + '…';

export async function showEvents(params, go) {
  const query = { ...filtersOf(params) };
  for (const name of ['sort', 'dir', 'page', 'size']) if (params.get(name)) query[name] = params.get(name);
  const page = await getJson('/api/events', query);

  const to = changes => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) next.set(name, String(value));
    return () => go('events', next);
  };
  const header = COLUMNS.map(c => c.key === null
    ? el('th', {}, c.label)
    : el('th', { class: 'sortable' + (page.sort === c.key ? ' sorted-' + page.dir : ''), 'data-sort': c.key,
        onclick: to({ sort: c.key, dir: page.sort === c.key && page.dir === 'desc' ? 'asc' : 'desc', page: 1 }) }, c.label));
  const rows = page.rows.map(e => el('tr', { 'data-event': e.eventId, class: e.negated ? 'negated' : e.hedged ? 'hedged' : null },
    COLUMNS.map(c => el('td', {}, c.value(e)))));

  return el('section', { id: 'events' },
    pager('events-total', page, 'events', n => to({ page: n })),
    el('table', { id: 'events-table' }, el('thead', {}, el('tr', {}, header)), el('tbody', {}, rows)),
    rows.length === 0 ? el('p', { class: 'empty' }, 'No event matches these filters.') : null);
}

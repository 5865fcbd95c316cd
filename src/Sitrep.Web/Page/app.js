// The page's state lives in the address: "#events?type=Battles&page=2", "#doc/ID", "#map?actor=...".
// Each view reads it and draws itself; links and filters only change the address.
import { getJson, FILTER_NAMES } from './api.js';
import { el } from './dom.js';
import { showEvents } from './events.js';
import { showDocument } from './document.js';
import { showTimeline } from './timeline.js';
import { showMap } from './map.js';
import { showLedger, showFraming } from './ledger.js';

const views = { events: showEvents, timeline: showTimeline, map: showMap, ledger: showLedger, framing: showFraming };
const filtered = new Set(['events', 'timeline', 'map']);
const main = document.getElementById('view');
const form = document.getElementById('filters');

export function parseHash() {
  const hash = location.hash.replace(/^#/, '');
  if (hash.startsWith('doc/')) return { view: 'doc', id: decodeURIComponent(hash.slice(4)), params: new URLSearchParams() };
  const [view, query] = hash.split('?');
  return { view: views[view] ? view : 'events', params: new URLSearchParams(query ?? '') };
}

export function go(view, params) {
  const query = params.toString();
  location.hash = view + (query ? '?' + query : '');
}

async function render() {
  const state = parseHash();
  document.body.dataset.view = state.view;
  form.hidden = !filtered.has(state.view);
  for (const name of FILTER_NAMES) if (form.elements[name]) form.elements[name].value = state.params.get(name) ?? '';
  for (const tab of document.querySelectorAll('#tabs a')) tab.classList.toggle('active', tab.dataset.view === state.view);
  document.body.dataset.ready = 'false';
  try {
    const content = state.view === 'doc'
      ? await showDocument(state.id)
      : await views[state.view](state.params, go);
    main.replaceChildren(content);
  } catch (error) {
    main.replaceChildren(el('p', { class: 'error' }, String(error.message ?? error)));
  }
  document.body.dataset.ready = 'true';
}

function onFilterChange() {
  const state = parseHash();
  const params = new URLSearchParams(state.params);
  for (const name of FILTER_NAMES) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value); else params.delete(name);
  }
  params.delete('page');
  go(state.view, params);
}

async function fillTypes() {
  const select = form.elements.type;
  const byType = Map.groupBy(await getJson('/api/events/types'), t => t.eventType);
  for (const [type, subTypes] of byType) {
    select.append(el('option', { value: type }, `${type} (${subTypes.reduce((n, s) => n + s.count, 0)})`));
    select.append(el('optgroup', { label: type },
      subTypes.map(s => el('option', { value: s.subEventType }, `${s.subEventType} (${s.count})`))));
  }
}

let typing;
form.addEventListener('input', event => {
  clearTimeout(typing);
  typing = setTimeout(onFilterChange, event.target.type === 'search' ? 300 : 0);
});
form.addEventListener('submit', event => { event.preventDefault(); onFilterChange(); });
window.addEventListener('hashchange', render);
fillTypes().then(render, render);

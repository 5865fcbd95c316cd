// Geocoded events as points over Syria's outline, drawn from files the server holds: it works offline.
// The outline is simplified by hand (see syria-outline.json); the projection is equirectangular, scaled at 35°N.
import { getJson, filtersOf } from './api.js';
import { el, svg } from './dom.js';

const [WEST, EAST, SOUTH, NORTH] = [35.4, 42.6, 32.1, 37.5];
const SCALE = 120;
const COS = Math.cos(35 * Math.PI / 180);
const project = ([lon, lat]) => [((lon - WEST) * COS * SCALE).toFixed(1), ((NORTH - lat) * SCALE).toFixed(1)];

let outline;

export async function showMap(params) {
  outline ??= await getJson('/syria-outline.json');
  const points = await getJson('/api/map', filtersOf(params));
  const rings = outline.features.flatMap(f => f.geometry.coordinates);
  const path = rings.map(ring => 'M' + ring.map(p => project(p).join(',')).join('L') + 'Z').join('');
  const width = ((EAST - WEST) * COS * SCALE).toFixed(0), height = ((NORTH - SOUTH) * SCALE).toFixed(0);
  const dots = points.map(p => {
    const [x, y] = project([p.longitude, p.latitude]);
    return svg('circle', { cx: x, cy: y, r: (3 + 3 * Math.sqrt(p.events)).toFixed(1), class: 'point', 'data-place': p.place },
      svg('title', {}, `${p.place}${p.admin1 ? ', ' + p.admin1 : ''}: ${p.events} events, ${p.fatalities} dead`));
  });
  const events = points.reduce((n, p) => n + p.events, 0);
  return el('section', { id: 'map' },
    el('h2', {}, `${events} geocoded events at ${points.length} places`),
    svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'img', 'aria-label': 'map of events' },
      svg('path', { d: path, class: 'outline' }), dots),
    el('p', { class: 'note' }, 'Outline of Syria simplified by hand; circle area grows with the number of events. No map tiles are loaded.'));
}

// Events per day, stacked by event type, one bar per day from the first dated event to the last.
import { getJson, filtersOf } from './api.js';
import { el, svg, colourOf, EVENT_TYPE_COLOURS } from './dom.js';

const DAY = 86_400_000;
const [WIDTH, HEIGHT, LEFT, BOTTOM] = [1000, 260, 40, 24];

export async function showTimeline(params) {
  const counts = await getJson('/api/timeline', filtersOf(params));
  if (counts.length === 0) return el('p', { class: 'empty' }, 'No dated event matches these filters.');
  const first = Date.parse(counts[0].date), last = Date.parse(counts[counts.length - 1].date);
  const days = Math.round((last - first) / DAY) + 1;
  const totals = new Map();
  for (const c of counts) totals.set(c.date, (totals.get(c.date) ?? 0) + c.count);
  const max = Math.max(...totals.values());
  const barWidth = (WIDTH - LEFT) / days;
  const scale = (HEIGHT - BOTTOM - 10) / max;

  const stacked = new Map();
  const bars = counts.map(c => {
    const below = stacked.get(c.date) ?? 0;
    stacked.set(c.date, below + c.count);
    const x = LEFT + Math.round((Date.parse(c.date) - first) / DAY) * barWidth;
    return svg('rect', {
      x, width: Math.max(barWidth - 0.5, 0.5), y: HEIGHT - BOTTOM - (below + c.count) * scale, height: c.count * scale,
      fill: colourOf(c.eventType), class: 'bar',
    }, svg('title', {}, `${c.date} · ${c.eventType}: ${c.count}`));
  });
  const axis = [
    svg('line', { x1: LEFT, x2: WIDTH, y1: HEIGHT - BOTTOM, y2: HEIGHT - BOTTOM, class: 'axis' }),
    svg('text', { x: LEFT, y: HEIGHT - 6, class: 'tick' }, counts[0].date),
    svg('text', { x: WIDTH, y: HEIGHT - 6, class: 'tick end' }, counts[counts.length - 1].date),
    svg('text', { x: LEFT - 6, y: 16, class: 'tick end' }, String(max)),
    svg('text', { x: LEFT - 6, y: HEIGHT - BOTTOM, class: 'tick end' }, '0'),
  ];
  return el('section', { id: 'timeline' },
    el('h2', {}, `Events per day by type (${[...totals.values()].reduce((a, b) => a + b, 0)} dated events over ${days} days)`),
    svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'img', 'aria-label': 'events per day' }, axis, bars),
    el('p', { class: 'legend' }, Object.entries(EVENT_TYPE_COLOURS).map(([type, colour]) =>
      el('span', { class: 'key' }, svg('svg', { width: 12, height: 12 }, svg('rect', { width: 12, height: 12, fill: colour })), ' ', type))));
}

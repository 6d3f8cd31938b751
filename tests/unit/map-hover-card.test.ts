/**
 * What the hover card of a mark says (mark-summary.ts through the map controller): the places
 * with events in view, busiest first; the types, most first; the dates; the casualties; and,
 * for a lone event, the event itself.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/model';
import { type HoverCard, type MapCallbacks, MapController } from '../../src/map/map-controller';
import { FakeMap } from '../support/fake-map';
import { datasetOf } from '../support/map-datasets';

function hoverCard(dataset: Dataset, visible = dataset.events, at?: (x: number) => boolean) {
  const map = new FakeMap({ zoom: 6, center: [40, 34], maxZoom: 12 } as never);
  const onHover = vi.fn<(card: HoverCard | null) => void>();
  const callbacks = { onSelect: vi.fn(), onCamera: vi.fn(), onHover } satisfies MapCallbacks;
  const controller = new MapController(map, callbacks, { reducedMotion: true, autoCamera: false });
  map.load();
  controller.setDataset(dataset);
  controller.setVisible(visible);
  const marks = controller.screenMarks();
  const mark = at ? marks.find((m) => at(m.lng)) : marks[0];
  map.hover({ x: mark?.x ?? 0, y: mark?.y ?? 0 });
  const card = onHover.mock.lastCall?.[0];
  if (!card) throw new Error('no hover card');
  return card.summary;
}

// Three places within a few hundred metres: one mark at zoom 6.
const camp = datasetOf(
  [
    { id: 'gate', at: [40, 34], props: { name: 'North gate / checkpoint' } },
    { id: 'yard', at: [40.003, 34], props: { name: 'Vehicle yard' } },
    { id: 'pad', at: [40.006, 34], props: { name: 'Helicopter pad' } },
  ],
  [
    { id: 'g1', date: '2023-10-20', site: 'gate', props: { type: 'rocket_attack' } },
    { id: 'y1', date: '2023-10-25', site: 'yard', props: { type: 'drone_attack', usWounded: 3 } },
    { id: 'y2', date: '2023-10-26', site: 'yard', props: { type: 'rocket_attack' } },
    {
      id: 'y3',
      date: '2023-11-02',
      site: 'yard',
      props: { type: 'rocket_attack', usKilled: 1, usWounded: 2 },
    },
    { id: 'p1', date: '2024-01-05', site: 'pad', props: { type: 'missile' } },
    // The gate is the busiest place overall, but not in the autumn of 2023.
    ...['2024-02-01', '2024-02-02', '2024-02-03'].map((date, i) => ({
      id: `g${i + 2}`,
      date,
      site: 'gate',
      props: { type: 'other' },
    })),
  ],
);

describe('the hover card of a group', () => {
  it('lists the places with events in view, busiest first, and their count', () => {
    const inView = camp.events.filter((e) => e.siteId !== 'pad' && e.date < '2024');
    const summary = hoverCard(camp, inView);
    expect(summary.kind).toBe('area');
    expect(summary.n).toBe(4);
    expect(summary.places).toEqual([
      { siteId: 'yard', name: 'Vehicle yard', n: 3 },
      { siteId: 'gate', name: 'North gate / checkpoint', n: 1 },
    ]);
  });

  it('counts the types, most first, and only those present', () => {
    const summary = hoverCard(camp);
    expect(summary.types).toEqual([
      { type: 'rocket_attack', n: 3 },
      { type: 'other', n: 3 },
      { type: 'drone_attack', n: 1 },
      { type: 'missile', n: 1 },
    ]);
  });

  it('spans the dates of the events in view, and counts the events with casualties', () => {
    const summary = hoverCard(camp);
    expect(summary.dates).toBe('20 Oct 2023 – 3 Feb 2024');
    expect(summary.killedEvents).toBe(1);
    expect(summary.woundedEvents).toBe(1);
    expect(summary.event).toBeUndefined();
  });
});

describe('the hover card of a lone event', () => {
  it('is the event, with its one date and its casualty counts', () => {
    const summary = hoverCard(
      camp,
      camp.events.filter((e) => e.id === 'y3'),
    );
    expect(summary.kind).toBe('event');
    expect(summary.dates).toBe('2 Nov 2023');
    expect(summary.places).toEqual([{ siteId: 'yard', name: 'Vehicle yard', n: 1 }]);
    expect(summary.event).toEqual({
      id: 'y3',
      type: 'rocket_attack',
      status: expect.any(String),
      severity: 'killed',
      usKilled: 1,
      usWounded: 2,
    });
  });

  it('is the event for the dataset’s first event too', () => {
    // g1 is the earliest event, at index 0 of the dataset.
    expect(camp.events[0]?.id).toBe('g1');
    const summary = hoverCard(
      camp,
      camp.events.filter((e) => e.id === 'g1'),
    );
    expect(summary.kind).toBe('event');
    expect(summary.event).toMatchObject({ id: 'g1', type: 'rocket_attack' });
  });

  it('counts no casualties as zero, not as unknown', () => {
    const summary = hoverCard(
      camp,
      camp.events.filter((e) => e.id === 'p1'),
    );
    expect(summary.event).toMatchObject({ id: 'p1', severity: null, usKilled: 0, usWounded: 0 });
  });
});

describe('the hover card of one point shared by several places', () => {
  it('says it is one point and names its places, busiest first', () => {
    const shared = datasetOf(
      [
        { id: 'field', at: [40.3094, 35.3361], props: { name: 'Conoco gas field' } },
        { id: 'mss', at: [40.3094, 35.3361], props: { name: 'Mission Support Site Euphrates' } },
      ],
      [
        { id: 'f1', date: '2023-10-20', site: 'field' },
        { id: 'm1', date: '2023-10-21', site: 'mss' },
        { id: 'm2', date: '2023-10-22', site: 'mss' },
      ],
    );
    const summary = hoverCard(shared);
    expect(summary.kind).toBe('point');
    expect(summary.places.map((p) => [p.siteId, p.n])).toEqual([
      ['mss', 2],
      ['field', 1],
    ]);
  });
});

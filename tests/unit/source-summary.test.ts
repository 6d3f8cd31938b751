/**
 * How an event's sourcing is summed up for the reader: independent reports are counted by the
 * outlet a report comes from (a page republishing Reuters is Reuters), and "established press"
 * means an official statement, a wire, a major outlet, or a page relaying one of those.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema';
import { plainSource } from '../../src/data/source-codec';
import { summariseSources } from '../../src/data/source-summary';

const source = (url: string, more: Partial<Source> = {}): Source => ({ ...plainSource(url), ...more });

describe("an event's sources, summed up", () => {
  it('counts one outlet once, however its address or name is spelt', () => {
    const summary = summariseSources([
      source('https://www.example-news.org/a'),
      source('https://example-news.org/b'),
      source('https://other.org/c', { publisher: 'Stars and Stripes' }),
      source('https://stripes.com/d', { publisher: 'STARS and stripes.' }),
    ]);
    expect(summary.independent).toBe(2);
  });

  it('counts a page republishing a report as the outlet it relays', () => {
    const relayed = source('https://aggregator.example/x', { publisher: 'Aggregator', relays: 'Reuters' });
    const reuters = source('https://reuters.com/y', { publisher: 'Reuters' });
    expect(summariseSources([relayed, reuters]).independent).toBe(1);
    expect(summariseSources([relayed, source('https://blog.example/z')]).independent).toBe(2);
  });

  it('takes an address that is not a URL as the name it is', () => {
    expect(summariseSources([source('Local radio'), source('local radio')]).independent).toBe(1);
  });

  it('knows an official statement, and counts it as established', () => {
    const official = summariseSources([source('https://defense.gov/a', { kind: 'official' })]);
    expect(official).toEqual({ independent: 1, official: true, establishedPress: true });
    // One official statement among other reports is enough.
    const mixed = [
      source('https://a.example', { kind: 'regional' }),
      source('https://defense.gov/b', { kind: 'official' }),
    ];
    expect(summariseSources(mixed).official).toBe(true);
  });

  it('counts a wire, a major outlet, or a relay of either as established press, and nothing else', () => {
    for (const kind of ['wire', 'major_outlet'] as const) {
      expect(summariseSources([source('https://a.example', { kind })])).toMatchObject({
        official: false,
        establishedPress: true,
      });
    }
    const relay = source('https://blog.example', { kind: 'blog_or_aggregator', relays: 'Associated Press' });
    expect(summariseSources([relay]).establishedPress).toBe(true);
    const regional = [
      source('https://a.example', { kind: 'regional' }),
      source('https://b.example', { kind: 'militia_channel', relays: 'Sabereen News' }),
      source('https://c.example'),
    ];
    expect(summariseSources(regional)).toEqual({ independent: 3, official: false, establishedPress: false });
  });
});

/**
 * official-counts.json for 2.0.0: the 1.2.0 totals with reader-facing notes cleaned, the
 * review's corrections, and the later official totals the research found. `counts` keeps a
 * series that never goes down (the timeline draws it); a figure that would break it (a rounded
 * or differently scoped total) goes to `otherTallies` with the reason.
 */
import { cleanReaderText } from './clean-text-2.0.mjs';

const key = (c) => `${c.date}|${c.total}`;

/** What to do with each research total: merge into the 1.2.0 row of that day, or keep aside. */
const EXTRA = {
  '2023-11-17|62': { merge: '2023-11-17|60' },
  '2023-11-17|61': { merge: '2023-11-17|60' },
  '2023-12-08|78': { merge: '2023-12-08|78', split: true, notes: true },
  '2023-12-13|97': { merge: '2023-12-13|97', split: true, notes: true, qualifier: true },
  '2024-01-20|144': { replace: '2024-01-20|140' },
  '2024-02-13|165': { aside: 'Lower than the 168 recorded for 7 February, so probably a rounded figure.' },
  '2024-02-20|180': {
    aside: 'Counts Jordan too, and is well above the 165 to 170 given elsewhere for the same period.',
  },
  '2024-04-23|170': {
    aside: "The outlet's own rounding of the February total, not a quoted Pentagon figure.",
  },
};

/** 1.2.0 totals that move to otherTallies in 2.0.0, and why. */
const BASE_ASIDE = {
  '2024-01-04|100': 'A vague "over 100", below the 115 reported the day before; kept as a note.',
};

/** Hand-written notes for 1.2.0 rows whose notes no rule can clean. */
const BASE_NOTES = {
  '2023-10-27|19':
    'Attacks before the US strikes of 27 October (local). A Sputnik article of 29 October cites a Pentagon spokesman giving 20 attacks for 17-27 October.',
};

/** Sources a hand-written note relies on. */
const BASE_SOURCES = {
  '2023-10-27|19': [
    'https://sputnikglobe.com/20231029/militants-ignore-bidens-warning-rain-down-fire-on-us-forces-in-iraq-syria-1114572582.html',
  ],
};

const NOTES = {
  '2023-11-17|60': (extras) =>
    `AP, citing two US officials; injuries described as minor. The same day ${extras
      .map(
        (x) =>
          `${x.total} (${x.iraq} in Iraq, ${x.syria} in Syria) was reported from the Pentagon by ${x.by}`,
      )
      .join(', and ')}, so the day's figures differ by source.`,
};

function clean(c) {
  return { ...c, notes: cleanReaderText(c.notes ?? null), injured: cleanReaderText(c.injured ?? null) };
}

function countRow(c) {
  const {
    date,
    total,
    qualifier,
    iraq = null,
    syria = null,
    scope = null,
    injured = null,
    sources,
    notes = null,
  } = c;
  return { date, total, qualifier, iraq, syria, scope, injured, sources, notes };
}

export function buildCounts(base, extra, version, coverage) {
  const rows = new Map(
    base.counts.map((c) => {
      const sources = [...c.sources, ...(BASE_SOURCES[key(c)] ?? [])];
      return [key(c), countRow(clean({ ...c, sources, notes: BASE_NOTES[key(c)] ?? c.notes }))];
    }),
  );
  const otherTallies = [...base.otherTallies];
  for (const [k, why] of Object.entries(BASE_ASIDE)) {
    const c = rows.get(k);
    if (!c) throw new Error(`no 1.2.0 count ${k}`);
    rows.delete(k);
    otherTallies.push({ kind: 'official_inconsistent', ...c, notes: `${c.notes ?? ''} ${why}`.trim() });
  }
  rows.get('2024-02-07|168').scope = 'Iraq, Syria and Jordan';
  const mergedExtras = new Map();
  for (const x of extra) {
    const rule = EXTRA[key(x)] ?? {};
    if (rule.aside) {
      otherTallies.push({ kind: 'official_inconsistent', ...countRow(x), notes: `${x.notes} ${rule.aside}` });
    } else if (rule.merge) {
      const target = rows.get(rule.merge);
      target.sources = [...new Set([...target.sources, ...x.sources])];
      if (rule.split) Object.assign(target, { iraq: x.iraq, syria: x.syria });
      if (rule.notes) target.notes = x.notes;
      if (rule.qualifier) target.qualifier = x.qualifier;
      target.scope = target.scope ?? x.scope;
      if (rule.merge !== key(x)) mergedExtras.set(rule.merge, [...(mergedExtras.get(rule.merge) ?? []), x]);
    } else if (rule.replace) {
      const old = rows.get(rule.replace);
      rows.delete(rule.replace);
      rows.set(
        key(x),
        countRow({ ...x, sources: [...new Set([...x.sources, ...old.sources])], iraq: null, syria: null }),
      );
      rows.get(key(x)).notes = `${x.notes} ABC reported "more than 140" the same day.`;
    } else if (rows.has(key(x))) {
      throw new Error(`research count ${key(x)} repeats a 1.2.0 count without a rule`);
    } else {
      rows.set(key(x), countRow(x));
    }
  }
  for (const [k, extras] of mergedExtras) {
    const by = (x) =>
      x.sources.some((u) => u.includes('southfront')) ? 'SouthFront' : 'AP in another report';
    rows.get(k).notes = NOTES[k](extras.map((x) => ({ ...x, by: by(x) })));
  }
  const counts = [...rows.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.total - b.total,
  );
  counts.forEach((c, i) => {
    if (i > 0 && c.total < counts[i - 1].total) throw new Error(`official totals go down at ${key(c)}`);
    if (c.date < coverage.start || c.date > coverage.end) throw new Error(`count ${key(c)} outside coverage`);
  });
  return {
    description: base.description,
    version,
    counts,
    otherTallies,
  };
}

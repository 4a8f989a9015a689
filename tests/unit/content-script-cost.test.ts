// The benchmark's sum over a CPU profile: the time of a sample counts for the content script when any frame of its
// stack is the script's, and nothing else counts, so the figure README prints is the script's own.
import { describe, expect, it } from 'vitest';
import { sawScript, timeInScript, type CpuProfile } from '../../bench/content-script-cost';

const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';

// (root) → page's onload → a page helper; (root) → our top level → our main → a native call.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { url: '' }, children: [2, 4, 7] },
    { id: 2, callFrame: { url: 'http://127.0.0.1/page.js' }, children: [3] },
    { id: 3, callFrame: { url: 'http://127.0.0.1/page.js' } },
    { id: 4, callFrame: { url: SCRIPT }, children: [5] },
    { id: 5, callFrame: { url: SCRIPT }, children: [6] },
    { id: 6, callFrame: { url: '' } },
    { id: 7, callFrame: { url: '' } }, // (idle)
  ],
  samples: [7, 4, 5, 6, 3, 2, 7],
  // Microseconds since the sample before: each sample stands for the interval up to the next one.
  timeDeltas: [0, 100, 200, 400, 800, 1600, 3200],
};

describe('the content script cost over a CPU profile', () => {
  it('sums the intervals of samples whose stack passes through the script, natives called from it included', () => {
    // Samples 4, 5 and 6 are ours and stand for the 200, 400 and 800 µs after them.
    expect(timeInScript(profile, '/content-scripts/content.js')).toBeCloseTo(1.4, 6);
  });

  it('counts nothing for a profile in which the script never ran, and says it was not seen', () => {
    const elsewhere: CpuProfile = { ...profile, nodes: profile.nodes.map((n) => ({ ...n, callFrame: { url: '' } })) };
    expect(timeInScript(elsewhere)).toBe(0);
    expect(sawScript(elsewhere)).toBe(false);
    expect(sawScript(profile)).toBe(true);
  });

  it('survives a profile with no samples', () => {
    expect(timeInScript({ nodes: profile.nodes })).toBe(0);
  });
});

// @vitest-environment happy-dom
// The live-update warm-up reads detached paragraphs in idle time after the first pass. Whatever it does, the page
// must not see it: no highlight added to or taken from the page's registry, no painted range gained or lost, no
// node written — with CSS highlights and with the fallback marks alike. And a paragraph the page adds afterwards is
// painted as it would have been without the warm-up.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { warmUpParagraphs } from '../../src/core/warm-up';
import { loadDataset } from '../../src/dataset';
import type { Painter } from '../../src/dom/paint';
import { sharedFamilyNames } from '../../src/page/named-before';
import { rereadPart, warmUpReread, type RereadOptions } from '../../src/page/reread';
import { installFakeHighlights } from '../support/fake-highlights';
import { paintedBody } from '../support/painted-body';

let fakes: ReturnType<typeof installFakeHighlights>;
beforeAll(() => {
  fakes = installFakeHighlights();
});
afterAll(() => fakes.uninstall());

const shared = sharedFamilyNames(loadDataset());

function paintedPage(mode: 'highlight' | 'wrap'): RereadOptions {
  const painter = paintedBody(
    '<article><p>Ms. LIU Hua opened the GII 2025 roundtable.</p><p>Carsten Fink said China ranks 10th.</p></article>',
    mode,
  );
  return { painter, shared, verdict: 'gii-2025', kinds: ['person', 'organization', 'place', 'figure', 'event'] };
}

/** What the page and its registry hold: the registry's highlights and ranges by identity, the DOM as HTML. */
function snapshot(painter: Painter) {
  return {
    html: document.body.innerHTML,
    highlights: [...fakes.registry].map(([name, h]) => [name, h, [...h]] as const),
    ranges: painter.ranges().slice(),
  };
}

describe.each(['highlight', 'wrap'] as const)('the live-update warm-up (%s)', (mode) => {
  test('leaves the page, its registry and what is painted exactly as they were', () => {
    const options = paintedPage(mode);
    const before = snapshot(options.painter);
    expect(before.ranges.length).toBeGreaterThan(1);
    for (const text of warmUpParagraphs()) warmUpReread(document, text, options);
    const after = snapshot(options.painter);
    expect(after.html).toBe(before.html);
    expect(after.ranges).toEqual(before.ranges);
    after.ranges.forEach((p, i) => expect(p).toBe(before.ranges[i]));
    expect(after.highlights.length).toBe(before.highlights.length);
    after.highlights.forEach(([name, h, ranges], i) => {
      expect(name).toBe(before.highlights[i]![0]);
      expect(h).toBe(before.highlights[i]![1]);
      expect(ranges).toEqual(before.highlights[i]![2]);
    });
  });

  test('a paragraph added afterwards is painted as without it', () => {
    const painted = (warm: boolean) => {
      const options = paintedPage(mode);
      if (warm) for (const text of warmUpParagraphs()) warmUpReread(document, text, options);
      const added = document.createElement('p');
      added.textContent = 'Ms. Liu said Shenzhen–Hong Kong–Guangzhou is 1st.';
      document.querySelector('article')!.append(added);
      rereadPart(added, options);
      return options.painter.ranges().map((p) => `${p.mention.id} ${p.mention.text}`);
    };
    const without = painted(false);
    expect(without.length).toBeGreaterThan(3);
    expect(painted(true)).toEqual(without);
  });
});

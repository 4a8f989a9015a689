// Where the hover card goes: never over its mention, inside the window whenever the window has room for it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { placeCard } from '../../src/page/hover';

const GAP = 8;

describe('placeCard', () => {
  test('below the mention when it fits, above when only that fits', () => {
    const viewport = { width: 1280, height: 900 };
    const card = { width: 320, height: 300 };
    expect(placeCard({ top: 100, bottom: 120, left: 50 }, card, viewport)).toEqual({
      top: 128,
      left: 50,
      side: 'below',
    });
    expect(placeCard({ top: 800, bottom: 820, left: 50 }, card, viewport)).toEqual({
      top: 492,
      left: 50,
      side: 'above',
    });
    // Near the right edge it moves left to stay inside.
    expect(placeCard({ top: 100, bottom: 120, left: 1200 }, card, viewport).left).toBe(1280 - 320 - GAP);
  });

  test('property: the card never covers its mention, and stays inside the window when there is room', () => {
    fc.assert(
      fc.property(
        fc.record({ width: fc.integer({ min: 340, max: 2000 }), height: fc.integer({ min: 200, max: 1400 }) }),
        fc.record({ width: fc.constant(320), height: fc.integer({ min: 40, max: 700 }) }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 10, max: 60 }),
        (viewport, card, across, down, lineHeight) => {
          const top = down * (viewport.height - lineHeight);
          const mention = { top, bottom: top + lineHeight, left: across * viewport.width };
          const place = placeCard(mention, card, viewport);
          const cardBottom = place.top + card.height;
          // Never over the mention: wholly above it or wholly below it.
          expect(cardBottom <= mention.top || place.top >= mention.bottom).toBe(true);
          // Always inside the window across.
          expect(place.left).toBeGreaterThanOrEqual(GAP);
          expect(place.left + card.width).toBeLessThanOrEqual(viewport.width - GAP);
          // Inside the window down too, whenever one side has the room.
          const roomBelow = viewport.height - GAP - (mention.bottom + GAP);
          const roomAbove = mention.top - GAP - GAP;
          if (roomBelow >= card.height || roomAbove >= card.height) {
            expect(place.top).toBeGreaterThanOrEqual(GAP);
            expect(cardBottom).toBeLessThanOrEqual(viewport.height - GAP);
          }
          // Below is preferred: above only when below has no room.
          if (roomBelow >= card.height) expect(place.side).toBe('below');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

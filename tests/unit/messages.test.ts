// Every message between the parts of the extension is checked where it arrives: a valid one reaches its handler,
// anything else is turned away with a logged reason and changes nothing — even a stream of random junk.
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import {
  MAX_MESSAGE_BYTES,
  pageSummarySchema,
  parseMessage,
  stepResultSchema,
  toBackgroundSchema,
  toContentSchema,
  validatingListener,
  type PageSummary,
} from '../../src/extension/messages';

const SUMMARY: PageSummary = {
  url: 'https://news.example.com/gii',
  title: 'China enters the GII top 10',
  verdict: 'gii-2025',
  score: 7.5,
  reasons: ['The title names the GII 2025'],
  status: 'highlighted',
  counts: { person: 2, organization: 1, place: 0, figure: 1, event: 0 },
  entities: [
    { id: 'liu-hua', kind: 'person', count: 2 },
    { id: 'cnipa', kind: 'organization', count: 1 },
    {
      id: 'rd-intensity-2024',
      kind: 'figure',
      count: 1,
      values: [{ text: '2.68%', value: 2.68, agreement: 'same', count: 1 }],
    },
  ],
};

const VALID_TO_CONTENT = [
  { type: 'get-summary' },
  { type: 'highlight-anyway' },
  { type: 'step', direction: 1 },
  { type: 'step', direction: -1 },
  { type: 'step', direction: 1, id: 'liu-hua' },
];

const VALID_TO_BACKGROUND = [
  { type: 'page-summary', summary: SUMMARY },
  { type: 'load-protocol' },
  { type: 'load-engine' },
  { type: 'load-word-reader' },
  { type: 'open-panel' },
  { type: 'open-panel', focus: 'marco-aleman' },
];

describe('parseMessage accepts', () => {
  test.each(VALID_TO_CONTENT)('to the content script: %j', (message) => {
    const parsed = parseMessage(toContentSchema, message);
    expect(parsed).toEqual({ ok: true, message });
  });

  test.each(VALID_TO_BACKGROUND.map((m) => [m.type, m] as const))('to the background: %s', (_type, message) => {
    const parsed = parseMessage(toBackgroundSchema, structuredClone(message));
    expect(parsed).toEqual({ ok: true, message });
  });

  test('a step result and a page summary on their own', () => {
    expect(parseMessage(stepResultSchema, { index: 2, total: 5 }).ok).toBe(true);
    expect(parseMessage(pageSummarySchema, SUMMARY).ok).toBe(true);
  });
});

describe('parseMessage rejects, with a reason', () => {
  const cyclic: Record<string, unknown> = { type: 'get-summary' };
  cyclic.self = cyclic;

  test.each<[string, unknown, RegExp]>([
    ['nothing', undefined, /\(root\)/],
    ['null', null, /\(root\)/],
    ['a string', 'get-summary', /\(root\)/],
    ['a missing type', { direction: 1 }, /type/],
    ['an unknown type', { type: 'delete-everything' }, /type/],
    ['a type of the wrong direction', { type: 'load-engine' }, /type/],
    ['a direction out of range', { type: 'step', direction: 2 }, /direction/],
    ['a direction as text', { type: 'step', direction: '1' }, /direction/],
    ['an id that is not an id', { type: 'step', direction: 1, id: 'Liu Hua' }, /id/],
    ['an extra key', { type: 'get-summary', extra: true }, /.+/],
    ['a function', () => ({ type: 'get-summary' }), /.+/],
    ['a function inside', { type: 'get-summary', callback: () => 1 }, /.+/],
    ['a cyclic object', cyclic, /not serialisable/],
    ['a bigint', { type: 'step', direction: 1n }, /not serialisable/],
    ['an oversized message', { type: 'get-summary', padding: 'x'.repeat(MAX_MESSAGE_BYTES) }, /too large/],
  ])('%s', (_what, raw, reason) => {
    const parsed = parseMessage(toContentSchema, raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  test.each<[string, (s: PageSummary) => unknown, RegExp]>([
    ['a negative count', (s) => ({ ...s, counts: { ...s.counts, person: -1 } }), /counts\.person/],
    [
      'a fractional count',
      (s) => ({ ...s, entities: [{ id: 'cnipa', kind: 'organization', count: 1.5 }] }),
      /entities\.0\.count/,
    ],
    ['an unknown status', (s) => ({ ...s, status: 'purple' }), /status/],
    ['an unknown kind', (s) => ({ ...s, entities: [{ id: 'cnipa', kind: 'planet', count: 1 }] }), /entities\.0\.kind/],
    [
      'an unknown agreement',
      (s) => ({
        ...s,
        entities: [
          { id: 'x', kind: 'figure', count: 1, values: [{ text: '1', value: 1, agreement: 'maybe', count: 1 }] },
        ],
      }),
      /agreement/,
    ],
    ['a title too long', (s) => ({ ...s, title: 'x'.repeat(1001) }), /title/],
    ['too many reasons', (s) => ({ ...s, reasons: Array.from({ length: 21 }, () => 'r') }), /reasons/],
    ['a missing field', ({ verdict: _v, ...rest }) => rest, /verdict/],
    ['an extra field', (s) => ({ ...s, html: '<b>x</b>' }), /.+/],
  ])('a page summary with %s', (_what, spoil, reason) => {
    const parsed = parseMessage(toBackgroundSchema, { type: 'page-summary', summary: spoil(structuredClone(SUMMARY)) });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('validatingListener', () => {
  test('a valid message reaches the handler with its sender, and the answer comes back', async () => {
    const handle = vi.fn().mockReturnValue({ index: 0, total: 1 });
    const log = vi.fn();
    const listener = validatingListener(toContentSchema, 'test', handle, log);
    await expect(listener({ type: 'step', direction: 1, id: 'cnipa' }, { tab: 1 })).resolves.toEqual({
      index: 0,
      total: 1,
    });
    expect(handle).toHaveBeenCalledWith({ type: 'step', direction: 1, id: 'cnipa' }, { tab: 1 });
    expect(log).not.toHaveBeenCalled();
  });

  test('a malformed message is logged with its reason, answered with an error, and never handled', async () => {
    const handle = vi.fn();
    const log = vi.fn();
    const listener = validatingListener(toContentSchema, 'content script', handle, log);
    const answer = await listener({ type: 'step', direction: 3 }, {});
    expect(handle).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/GII Lens \(content script\): rejected a message: direction/);
    expect(answer).toEqual({ error: expect.stringContaining('direction') });
  });
});

// ---- fuzzing: random junk never throws, never reaches a handler unchecked, and does not jam the listener ----------

/** Near misses: the right types with random fields, which random values alone would rarely produce. */
const nearMiss = fc.record(
  {
    type: fc.constantFrom(
      'get-summary',
      'highlight-anyway',
      'step',
      'page-summary',
      'load-protocol',
      'load-engine',
      'load-word-reader',
      'open-panel',
      'other',
    ),
    direction: fc.oneof(fc.constantFrom(1, -1, 0, 2), fc.anything()),
    id: fc.oneof(fc.constantFrom('liu-hua', 'Liu Hua', ''), fc.string()),
    focus: fc.string(),
    summary: fc.oneof(fc.constant(SUMMARY), fc.jsonValue()),
  },
  { requiredKeys: ['type'] },
);

/** Valid messages of both directions, some built at random, so the accepting branch is exercised too. */
const valid = fc.oneof(
  fc.constantFrom(...VALID_TO_CONTENT, ...VALID_TO_BACKGROUND),
  fc.record(
    { type: fc.constant('step'), direction: fc.constantFrom(1, -1), id: fc.stringMatching(/^[a-z0-9-]{1,80}$/) },
    { requiredKeys: ['type', 'direction'] },
  ),
);

const junk = fc.oneof(fc.anything(), fc.jsonValue(), nearMiss, valid);

test.each([
  ['the content script', toContentSchema],
  ['the background', toBackgroundSchema],
] as const)(
  'junk sent to %s is accepted only when valid, otherwise rejected with a logged reason',
  async (_where, schema) => {
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(junk, async (raw) => {
        const handle = vi.fn().mockReturnValue('handled');
        const log = vi.fn();
        const listener = validatingListener(schema as typeof toContentSchema, 'fuzz', handle, log);
        let valid: boolean;
        try {
          valid = schema().safeParse(raw).success && JSON.stringify(raw).length <= MAX_MESSAGE_BYTES;
        } catch {
          valid = false; // not serialisable: the listener must refuse it
        }
        const answer = await listener(raw, {});
        if (valid) {
          accepted++;
          expect(handle).toHaveBeenCalledTimes(1);
          expect(log).not.toHaveBeenCalled();
          expect(answer).toBe('handled');
        } else {
          rejected++;
          expect(handle).not.toHaveBeenCalled();
          expect(log).toHaveBeenCalledTimes(1);
          expect(log.mock.calls[0]![0]).toMatch(/rejected a message: .+/);
          expect(answer).toEqual({ error: expect.any(String) });
        }
      }),
      { seed: 19092025, numRuns: 1000 },
    );
    // Both branches were exercised: the near misses let some valid messages through.
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(500);
  },
);

test('after a stream of junk, a valid message still reaches the handler', async () => {
  const handle = vi.fn().mockReturnValue('handled');
  const log = vi.fn();
  const listener = validatingListener(toContentSchema, 'fuzz', handle, log);
  const stream = fc.sample(fc.oneof(fc.anything(), fc.jsonValue()), { seed: 7, numRuns: 500 });
  for (const raw of stream) await listener(raw, {});
  const junkHandled = handle.mock.calls.length;
  expect(log.mock.calls.length + junkHandled).toBe(500);
  await expect(listener({ type: 'get-summary' }, { frameId: 0 })).resolves.toBe('handled');
  expect(handle).toHaveBeenLastCalledWith({ type: 'get-summary' }, { frameId: 0 });
  expect(handle).toHaveBeenCalledTimes(junkHandled + 1);
});

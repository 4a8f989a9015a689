// One typed protocol between the content script, the background, the popup and the side panel. Every message is
// checked by zod where it arrives; a malformed one is rejected with a logged reason and changes nothing.
// zod/mini: the content script runs on every page and must stay small; the full zod would add ~90 KB gzip.
import * as z from 'zod/mini';
import { describeIssue } from './zod-issue';

/**
 * The schemas, built on their first use. The content script evaluates this module on every page it is injected
 * into, and most pages never receive a message: building them up front cost each of those pages milliseconds.
 */
function buildSchemas() {
  const id = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
  const kind = z.enum(['person', 'organization', 'place', 'figure', 'event']);
  const agreement = z.enum(['same', 'approximate', 'differs']);
  const verdict = z.enum(['gii-2025', 'gii-related', 'unrelated']);
  const shortText = z.string().check(z.maxLength(500));
  const count = z.int().check(z.nonnegative());

  /** A value a page gives for a figure, with how often it appears and how it compares. */
  const pageValue = z.strictObject({ text: shortText, value: z.number(), agreement, count });

  const foundEntity = z.strictObject({
    id,
    kind,
    count,
    /** Figures only: the distinct ways the page states it. */
    values: z.optional(z.array(pageValue).check(z.maxLength(50))),
  });

  const pageStatus = z.enum([
    'highlighted', // a GII page, painted
    'unrelated', // judged unrelated: nothing painted
    'site-off', // the reader switched this site off
    'disabled', // highlighting switched off everywhere
    'on-demand', // a GII page waiting for the reader to ask
  ]);

  const pageSummary = z.strictObject({
    url: z.string().check(z.maxLength(4096)),
    title: z.string().check(z.maxLength(1000)),
    verdict,
    score: z.number(),
    reasons: z.array(shortText).check(z.maxLength(20)),
    status: pageStatus,
    counts: z.strictObject({ person: count, organization: count, place: count, figure: count, event: count }),
    entities: z.array(foundEntity).check(z.maxLength(500)),
  });

  return {
    pageSummary,
    /** Content script → background. */
    toBackground: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('page-summary'), summary: pageSummary }),
      z.strictObject({ type: z.literal('load-protocol') }),
      z.strictObject({ type: z.literal('load-engine') }),
      z.strictObject({ type: z.literal('load-word-reader') }),
      z.strictObject({ type: z.literal('open-panel'), focus: z.optional(id) }),
    ]),
    /** Popup, side panel or background → content script of a tab. */
    toContent: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('get-summary') }),
      z.strictObject({ type: z.literal('highlight-anyway') }),
      z.strictObject({
        type: z.literal('step'),
        direction: z.union([z.literal(1), z.literal(-1)]),
        id: z.optional(id),
      }),
    ]),
    stepResult: z.strictObject({ index: z.int(), total: count }),
  };
}

let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

// Each schema is handed out by a function rather than as a z.lazy() wrapper: even a wrapper is a zod object whose
// construction, cold, cost the content script most of a millisecond on every page, message or not.
export const pageSummarySchema = () => schemas().pageSummary;
export type PageSummary = z.infer<ReturnType<typeof pageSummarySchema>>;
export type FoundEntity = PageSummary['entities'][number];
export type PageStatus = PageSummary['status'];

export const toBackgroundSchema = () => schemas().toBackground;
export type ToBackground = z.infer<ReturnType<typeof toBackgroundSchema>>;

export const toContentSchema = () => schemas().toContent;
export type ToContent = z.infer<ReturnType<typeof toContentSchema>>;

export const stepResultSchema = () => schemas().stepResult;
export type StepResult = z.infer<ReturnType<typeof stepResultSchema>>;

/** What a handler answers when it rejects a message. */
export interface Rejection {
  error: string;
}

/** Messages larger than this are rejected before parsing. */
export const MAX_MESSAGE_BYTES = 512 * 1024;

/** Parses a message that arrived; on failure returns the reason, worded for the log. */
export function parseMessage<S extends z.ZodMiniType>(
  schema: () => S,
  raw: unknown,
): { ok: true; message: z.infer<S> } | { ok: false; reason: string } {
  let size = 0;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'not serialisable' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, reason: `too large (${size} bytes)` };
  const parsed = schema().safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: describeIssue(parsed.error.issues[0]!) };
  }
  return { ok: true, message: parsed.data };
}

/** A listener for browser.runtime.onMessage that validates before it hands over, and logs every rejection. */
export function validatingListener<S extends z.ZodMiniType, Sender>(
  schema: () => S,
  where: string,
  handle: (message: z.infer<S>, sender: Sender) => Promise<unknown> | unknown,
  log: (text: string) => void = (text) => console.warn(text),
): (raw: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (raw, sender) => {
    const parsed = parseMessage(schema, raw);
    if (!parsed.ok) {
      log(`GII Lens (${where}): rejected a message: ${parsed.reason}`);
      return Promise.resolve({ error: parsed.reason } satisfies Rejection);
    }
    return Promise.resolve(handle(parsed.message, sender));
  };
}

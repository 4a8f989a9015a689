// The vocabulary shared by the core, the DOM engine, the UI and the CLI.

export type MentionKind = 'person' | 'organization' | 'place' | 'figure' | 'event';

/** How a number on the page compares with the roundtable's figure. */
export type Agreement = 'same' | 'approximate' | 'differs';

export type Verdict = 'gii-2025' | 'gii-related' | 'unrelated';

export interface Mention {
  /** Offsets into the text that was annotated (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The exact slice text.slice(start, end). */
  text: string;
  kind: MentionKind;
  /** Id of the dataset record (person, organization, place, figure or the event). */
  id: string;
  /** Figures only: how the page's number compares with the roundtable's. */
  agreement?: Agreement;
  /** Figures only: the value the page gives, in the figure's unit (yuan as a plain number, percent as 2.68). */
  pageValue?: number;
}

export interface Classification {
  verdict: Verdict;
  score: number;
  /** Plain-word reasons, shown in the popup. */
  reasons: string[];
}

export interface PageInfo {
  title?: string;
  url?: string;
}

export interface AnnotateOptions {
  /**
   * The page's verdict, when already known. A bare family name ("Ms. Liu") is linked to the only speaker of that
   * name only on GII pages; elsewhere only when the page also names the person in full.
   */
  verdict?: Verdict;
  /** Kinds to report (default: all). */
  kinds?: readonly MentionKind[];
  /**
   * Speakers the page named in full before this text, in page order (ids). When only a changed part of a page is
   * read again, a bare family name in it ("Ms. Zheng") may stand for one of them, as it would in one pass over the
   * whole page.
   */
  namedBefore?: readonly string[];
}

// The plain words every surface uses for verdicts, statuses, kinds and agreements, so the popup, the side panel
// and the options page never drift apart in how they name the same thing.
import type { Agreement, MentionKind, Verdict } from '../core/types';
import type { PageStatus } from '../extension/messages';

export const VERDICT_WORDS: Record<Verdict, string> = {
  'gii-2025': 'About the GII 2025',
  'gii-related': 'About the Global Innovation Index',
  unrelated: 'Not about the GII',
};

export const STATUS_WORDS: Record<PageStatus, string> = {
  highlighted: 'Highlighted on this page',
  unrelated: 'Nothing is highlighted',
  'site-off': 'Switched off on this site',
  disabled: 'Switched off everywhere',
  'on-demand': 'Waiting for you to ask',
};

/** Display order of kinds: people first, as readers look for speakers. */
export const KIND_ORDER: readonly MentionKind[] = ['person', 'organization', 'place', 'figure', 'event'];

export const KIND_HEADINGS: Record<MentionKind, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  figure: 'Figures',
  event: 'Event',
};

export const KIND_LABELS: Record<MentionKind, string> = {
  person: 'Speaker',
  organization: 'Organization',
  place: 'Place',
  figure: 'Figure',
  event: 'Event',
};

/** A sign beside the agreement words, so a difference never rests on colour alone. */
export const AGREEMENT_MARKS: Record<Agreement, string> = {
  same: '=',
  approximate: '≈',
  differs: '≠',
};

/** Why a page gives no answer, in the words the popup and the side panel both use. */
export const UNSCRIPTABLE_WORDS =
  'GII Lens cannot read this page. Browsers keep extensions out of their own pages (chrome://, about:), the web store and the PDF viewer, and a page that has not finished loading cannot answer yet.';

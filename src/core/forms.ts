// The surface forms the matcher looks for, derived from the dataset: each name in the spellings news uses.
import type { DatasetIndex } from '../dataset';
import { foldPhrase } from './fold';
import type { MentionKind } from './types';

export type FormType =
  /** A person's family and given name, in either order ("LIU Hua", "Hua Liu"). */
  | 'full-name'
  /** A person's family name alone ("Liu", "Ms. Liu", "Fink's"): linked only where unambiguous. */
  | 'family-name'
  /** An organization, place or event name or alias. */
  | 'name'
  /** An upper-case acronym (WIPO, CNIPA, MOST). */
  | 'acronym';

export interface Form {
  id: string;
  kind: Exclude<MentionKind, 'figure'>;
  type: FormType;
  /** The form as folded text (what the scanner looks for). */
  folded: string;
  /** The spelling it was derived from, for acronyms the exact upper-case letters. */
  spelling: string;
}

/** Acronyms that are also English words: they count only in capitals and where the page names the body in full. */
export const WORD_ACRONYMS = new Set(['most', 'casted', 'ucas']);

/** "Science & Technology" ↔ "Science and Technology"; "Xi’an" ↔ "Xian"; "Co., Ltd." may be dropped. */
function spellings(name: string): string[] {
  const out = new Set([name]);
  for (const s of [...out]) {
    if (s.includes(' & ')) out.add(s.replace(/ & /g, ' and '));
    if (/ and /.test(s)) out.add(s.replace(/ and /g, ' & '));
  }
  for (const s of [...out]) {
    if (/['’]/.test(s)) out.add(s.replace(/['’]/g, ''));
    if (/,? Co\., Ltd\.$/.test(s)) out.add(s.replace(/,? Co\., Ltd\.$/, ''));
    if (/[–-]/.test(s) && !/ [–-] /.test(s)) out.add(s.replace(/[–-]/g, ' '));
  }
  return [...out];
}

/** Pinyin initials that start a syllable (zh, ch, sh start with z, c, s); n and g are left out: they also end one. */
const SYLLABLE_INITIAL = /[bpmfdtlkhjqxzcsryw]/;
const VOWEL = /[aeiouü]/;

/**
 * A two-syllable pinyin given name as Hong Kong and Taiwan style guides hyphenate it ("Chujian" → "Chu-jian",
 * "Guocheng" → "Guo-cheng"): split before an initial that follows a vowel or a final n/g, both halves holding a vowel.
 * A split no one writes ("Chan-gyu") only adds a form that never matches.
 */
export function syllablesHyphenated(given: string): string[] {
  const out: string[] = [];
  const lower = given.toLowerCase();
  for (let i = 1; i < lower.length - 1; i++) {
    const before = lower[i - 1]!;
    if (!SYLLABLE_INITIAL.test(lower[i]!) || !(VOWEL.test(before) || before === 'n' || before === 'g')) continue;
    if (lower[i] === 'h' && 'zcs'.includes(before)) continue; // inside zh, ch, sh
    const first = given.slice(0, i);
    const second = given.slice(i);
    if (VOWEL.test(first.toLowerCase()) && VOWEL.test(second.toLowerCase()))
      out.push(`${first}-${second.toLowerCase()}`);
  }
  return out;
}

export function buildForms({ data }: DatasetIndex): Form[] {
  const forms: Form[] = [];
  const add = (id: string, kind: Form['kind'], type: FormType, spelling: string) => {
    const folded = foldPhrase(spelling);
    if (folded.length >= 2) forms.push({ id, kind, type, folded, spelling });
  };

  for (const p of data.people) {
    for (const family of spellings(p.familyName)) {
      add(p.id, 'person', 'family-name', family);
      const hyphenated = p.nameOrder === 'family-first' ? syllablesHyphenated(p.givenName) : [];
      for (const given of [...spellings(p.givenName), ...hyphenated]) {
        add(p.id, 'person', 'full-name', `${family} ${given}`);
        add(p.id, 'person', 'full-name', `${given} ${family}`);
      }
    }
    for (const alias of p.aliases) add(p.id, 'person', 'full-name', alias);
  }
  for (const o of data.organizations) {
    for (const name of [o.name, ...o.aliases]) for (const s of spellings(name)) add(o.id, 'organization', 'name', s);
    if (o.acronym) add(o.id, 'organization', 'acronym', o.acronym);
  }
  for (const p of data.places) {
    for (const name of [p.name, ...p.aliases]) for (const s of spellings(name)) add(p.id, 'place', 'name', s);
  }
  for (const name of [data.event.name, data.event.shortName, ...data.event.aliases])
    add(data.event.id, 'event', 'name', name);
  return dedupe(forms);
}

function dedupe(forms: Form[]): Form[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = `${f.id}\u0000${f.type}\u0000${f.folded}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

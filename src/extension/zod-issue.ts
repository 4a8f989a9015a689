// One wording for validation problems in messages and settings. zod/mini ships no English messages (that is what
// keeps it small), so the useful parts — the path, an unknown key's name, the expected type — are spelled out here.
import type { $ZodIssue } from 'zod/v4/core';

export function describeIssue(issue: $ZodIssue): string {
  const path = issue.path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${path}: unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return `${path}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${path}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `${path}: too big (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `${path}: too small (at least ${String(issue.minimum)})`;
    case 'invalid_format':
      return `${path}: ${issue.message && issue.message !== 'Invalid input' ? issue.message : `not a valid ${issue.format}`}`;
    default:
      return `${path}: ${issue.message || issue.code}`;
  }
}

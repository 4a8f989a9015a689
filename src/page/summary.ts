// The page summary the popup and side panel show: what was found, how often, and how each figure compares.
import type { Classification, Mention } from '../core/types';
import type { FoundEntity, PageStatus, PageSummary } from '../extension/messages';

export function summarize(
  mentions: readonly Mention[],
  classification: Classification,
  status: PageStatus,
  page: { url: string; title: string },
): PageSummary {
  const counts = { person: 0, organization: 0, place: 0, figure: 0, event: 0 };
  const byId = new Map<string, FoundEntity>();
  for (const m of mentions) {
    counts[m.kind]++;
    let entity = byId.get(m.id);
    if (!entity) {
      entity = { id: m.id, kind: m.kind, count: 0, ...(m.kind === 'figure' ? { values: [] } : {}) };
      byId.set(m.id, entity);
    }
    entity.count++;
    if (m.kind === 'figure' && m.agreement && m.pageValue !== undefined && entity.values) {
      const same = entity.values.find((v) => v.text === m.text && v.agreement === m.agreement);
      if (same) same.count++;
      else if (entity.values.length < 50)
        entity.values.push({ text: m.text.slice(0, 500), value: m.pageValue, agreement: m.agreement, count: 1 });
    }
  }
  return {
    url: page.url.slice(0, 4096),
    title: page.title.slice(0, 1000),
    verdict: classification.verdict,
    score: classification.score,
    reasons: classification.reasons.slice(0, 20).map((r) => r.slice(0, 500)),
    status,
    counts,
    entities: [...byId.values()].slice(0, 500),
  };
}

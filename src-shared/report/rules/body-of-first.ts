import { GOVERNMENT_BODY_HEAD, OWN_LEVEL_OF_AN_ITEM } from '../words/government-bodies'
import { OWN_PEOPLE_OPENINGS } from '../words/labels'

/** An item the first item's body does not own: a scope, level or place of its own (全市性会议, 城市…), or a rate. */
function notTheBodys(item: string): boolean {
  // 省政府下达…的开工率和基本建成率: a rate measures the thing named after the body, not the body's business.
  return OWN_LEVEL_OF_AN_ITEM.test(item) || OWN_PEOPLE_OPENINGS.some((w) => item.startsWith(w)) || item.endsWith('率')
}

/**
 * `市政府文件、会议分别压减…` → 市政府会议: a body of government opening the first item of a list owns the later items
 * too, unless one is not the body's (市政府文件、全市性会议 → 全市性会议; 市政府透明度指数、城市综合信用排名).
 */
export function withBodyOfFirst(listed: readonly string[], completed: string[]): string[] {
  const body = GOVERNMENT_BODY_HEAD.exec(listed[0] ?? '')?.[0]
  if (!body || listed.length < 2 || listed.slice(1).some(notTheBodys)) return completed
  return completed.map((x) => (x.startsWith(body) ? x : body + x))
}

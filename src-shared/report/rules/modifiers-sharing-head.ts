import { ITEM_KINDS_BY_ENDING } from '../words/places'

/** The bodies a pair of two-character modifiers may share (`产生和经营单位`, `外资和民营企业`). */
const BODIES = ITEM_KINDS_BY_ENDING.flat().filter((w) => w.length > 1)

/**
 * `危废产生和经营单位规范化管理合格率`, `外资和民营企业数量`: two two-character modifiers joined by 和 or 及 before one body
 * (单位, 企业, 机构) and what is measured of it: the first item is a modifier, perhaps after a short head of its own
 * (危废), that names no thing alone; the body, the measure and that head are both items' (危废产生单位规范化管理合格率,
 * 危废经营单位规范化管理合格率). Null when the two items are not written so.
 */
export function modifiersSharingHead(items: readonly string[]): string[] | null {
  if (items.length !== 2) return null
  const [first, last] = items as [string, string]
  if (first.length < 2 || first.length > 4 || /[、和及与（(]/u.test(last)) return null
  // The first item ends in no body or place of its own (国有企业和民营单位, 北京市和中央单位 are two things), nor in a
  // noun the last item names again (涉农贷款和中小企业贷款余额: 贷款 is each one's).
  if (ITEM_KINDS_BY_ENDING.flat().some((b) => first.endsWith(b)) || last.includes(first.slice(-2))) return null
  const body = BODIES.find((b) => last.startsWith(b, 2))
  if (!body) return null
  const rest = last.slice(2 + body.length)
  // (What follows is measured of the body, no verb of the list: 分别安排资金.)
  if (rest.length < 2 || rest.includes('分别')) return null
  const head = first.slice(0, -2)
  return [first + body + rest, head + last]
}

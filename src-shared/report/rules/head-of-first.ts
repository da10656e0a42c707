import { GOVERNMENT_BODY_HEAD, OWN_LEVEL_OF_AN_ITEM } from '../words/government-bodies'
import { OWN_PEOPLE_OPENINGS, OWN_SIZE_CLASS_OPENINGS, PER_AREA_BASES, PER_POPULATION_BASES } from '../words/labels'

/** Bases per head of population or per unit of land, longest first. */
const BASES: readonly string[] = [...PER_POPULATION_BASES, ...PER_AREA_BASES].sort((a, b) => b.length - a.length)

/** An item the first item's body does not own: a scope, level or place of its own (全市性会议, 城市…), or a rate. */
function notTheBodys(item: string): boolean {
  // 省政府下达…的开工率和基本建成率: a rate measures the thing named after the body, not the body's business.
  return OWN_LEVEL_OF_AN_ITEM.test(item) || OWN_PEOPLE_OPENINGS.some((w) => item.startsWith(w)) || item.endsWith('率')
}

/** `千人计划专家、万人计划专家`, `每千人床位数、每万人…`: an item on a base or of a class of its own. */
function onABaseOfItsOwn(item: string): boolean {
  return [...BASES, ...OWN_SIZE_CLASS_OPENINGS].some((w) => item.startsWith(w))
}

/** The head given to every completed item that does not open with it already. */
function headed(head: string, completed: readonly string[]): string[] {
  return completed.map((x) => (x.startsWith(head) ? x : head + x))
}

/**
 * What the first item of a list opens with and owns the later items by: a body of government (`市政府文件、会议分别压减…`
 * → 市政府会议), unless an item is not the body's (市政府文件、全市性会议 → 全市性会议; 市政府透明度指数、城市综合信用排名);
 * a base per head of population (`千人床位数、执业医师数` → 千人执业医师数) or per unit of land (`每平方公里产出GDP、财政收入`
 * → 每平方公里财政收入), unless an item has a base or class of its own.
 * Given after the items are completed, so that the items stand parallel as written (每千人托位、养老床位数: 托位 borrows
 * nothing from 养老床位数).
 */
export function withHeadOfFirst(listed: readonly string[], completed: string[]): string[] {
  if (listed.length < 2) return completed
  const first = listed[0] as string
  const later = listed.slice(1)
  const body = GOVERNMENT_BODY_HEAD.exec(first)?.[0]
  if (body) return later.some(notTheBodys) ? completed : headed(body, completed)
  const base = BASES.find((w) => first.startsWith(w) && first.length > w.length + 1)
  if (base) return later.some(onABaseOfItsOwn) ? completed : headed(base, completed)
  return completed
}

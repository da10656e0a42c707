import { COUNTED_LIST_HEADS } from '../words/counted-lists'
import { STATE_PREDICATES } from '../words/verbs'
import { chineseNumeralValue } from '../words/numerals'
import { CLAUSE_ENDS, clauseStart } from './clause'
import type { Draft, Rule, RuleContext, Statement } from './types'

/**
 * A list of items closed by a count of them before their common noun (`稀土、氟新材料、生物医药四个战略性新兴产业
 * 产值增长20%`): the last item keeps the count and the noun glued after it (`生物医药四个…`), a fragment of the list that
 * is no part of what is measured.
 * - Read alone (the clause read back to the last `、`), the label is the noun the count names (`战略性新兴产业产值`),
 *   keeping `N大` (`三大主导产业`), as these reports name such a group.
 * - Paired with the other items (`…、氮氧化物四项主要污染物排放量分别削减…`), the last item takes the ending the others
 *   were completed with (`化学需氧量排放量` → `氮氧化物排放量`).
 * - Paired item by item with the count kept in every label (`食品六大行业主营业务收入`, `轻纺六大行业…`), the count goes
 *   from each (`食品行业主营业务收入`).
 * - A list closed by the quoted name of the group (`电动汽车、锂电池、太阳能电池“新三样”出口总额`): the label is the group's
 *   name and what follows it (`新三样出口总额`), as the label files write it, whether the list was read whole or its
 *   last item alone.
 * The count must be the number of items listed, and the items names without figures of their own (`发放高龄补贴32亿元、
 * 残疾人两项补贴…` names two subsidies).
 */
const COUNT_OF_ITEMS = new RegExp(`^([^、，,]{1,12}?)([一二两三四五六七八九十]+)(${COUNTED_LIST_HEADS.join('|')})(.{2,})$`)

/** The shortest ending shared with the other items that names a measure on its own. */
const SHARED_ENDING_MIN = 2

export const listFragment: Rule = {
  name: 'list-fragment',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) d.label = withoutClauseBefore(d.label)
    if (stripSharedCount(st.drafts)) return
    namedGroup(st, ctx)
    for (const d of st.drafts) {
      const m = COUNT_OF_ITEMS.exec(d.label)
      if (!m) continue
      const [, item, count, head, rest] = m as unknown as [string, string, string, string, string]
      const items = listedItems(d, `${item}${count}${head}`, item, ctx)
      if (!items || chineseNumeralValue(count) !== items.length) continue
      if (d.labelSource === 'subject' && ctx.norm[st.clauseStart - 1] === '、') {
        d.label = head === '大' ? `${count}大${rest}` : rest
        continue
      }
      const ending = sharedEnding(rest, items, st.drafts.filter((o) => o !== d))
      if (ending) d.label = item + ending
    }
  },
}

/** The items of the list the fragment closes (read back to the clause's start), or null when it closes none. */
function listedItems(d: Draft, fragment: string, item: string, ctx: RuleContext): string[] | null {
  const from = Math.max(0, d.quoteStart - 1)
  const quote = ctx.norm.slice(from, d.quoteEnd).replace(/[“”"‘’]/g, '')
  const at = quote.indexOf(`、${fragment}`)
  if (at < 0) return null
  // (Quote marks are taken out of the quote read, so the list is read from the text up to the item's end.)
  const itemEnd = ctx.norm.indexOf(item.slice(-1), from + at + 1) + 1
  if (itemEnd <= 0) return null
  const list = ctx.norm.slice(clauseStart(ctx.norm, itemEnd, 0, CLAUSE_ENDS), itemEnd)
  return /\d/.test(list) ? null : list.replace(/[“”"‘’]/g, '').split(/[、和及与]/)
}

/** The ending another item's label closes with after that item's own name, when `rest` closes with it too. */
function sharedEnding(rest: string, items: readonly string[], others: readonly Draft[]): string | null {
  let best: string | null = null
  for (const o of others) {
    // (An item's name may have lost an opener the label dropped: `其中高端装备制造` → 高端装备制造产业集群.)
    const own = items.map((i) => ownName(i, o.label)).find((n) => n !== null)
    if (own === undefined || own === null) continue
    const ending = o.label.slice(own.length)
    if (ending.length >= SHARED_ENDING_MIN && rest.endsWith(ending) && (best === null || ending.length > best.length)) best = ending
  }
  return best
}

/** The longest tail of an item (two characters at least) that the label opens with, or null. */
function ownName(item: string, label: string): string | null {
  for (let k = 0; k + SHARED_ENDING_MIN <= item.length; k++) if (label.startsWith(item.slice(k))) return item.slice(k)
  return null
}

/** Every label of a paired list closes with the same count of the items and noun: the count goes from each. */
function stripSharedCount(drafts: readonly Draft[]): boolean {
  const m = COUNT_OF_ITEMS.exec(drafts[drafts.length - 1]?.label ?? '')
  if (!m || drafts.length < 2) return false
  const [, , count, head, rest] = m as unknown as [string, string, string, string, string]
  const glued = count + head + rest
  if (chineseNumeralValue(count) !== drafts.length) return false
  if (!drafts.every((d) => d.label.endsWith(glued) && d.label.length > glued.length)) return false
  // Each its own item: one name read twice (`残疾人“两项补贴”分别增长…`) names the two things itself.
  if (new Set(drafts.map((d) => d.label)).size !== drafts.length) return false
  for (const d of drafts) d.label = d.label.slice(0, -glued.length) + rest
  return true
}

/** The longest item of a list its group's name counts. */
const GROUP_ITEM_MAX = 10

/** The last item of a list, then the group's quoted name: `、太阳能电池“新三样”`. */
const QUOTED_GROUP = /、([^、,;。“”\d]{1,12})“([^“”\d]{2,10})”/g

/** Labels of a list closed by its group's quoted name, when a measure follows the name: the name and the measure. */
function namedGroup(st: Statement, ctx: RuleContext): void {
  // One figure of the whole group: a list paired with its figures (`农村、社区“两委”主干…分别…`) is each item's own.
  if (st.drafts.length !== 1 || st.pre.respectively || (st.drafts[0]?.label.length ?? 0) < 3) return
  const at = st.tokens[0]?.start ?? st.clauseStart
  const from = clauseStart(ctx.norm, at, 0, CLAUSE_ENDS)
  const clause = ctx.norm.slice(from, at)
  if (/\d/.test(clause.slice(0, clause.lastIndexOf('”')))) return
  for (const m of clause.matchAll(QUOTED_GROUP)) {
    const [, item, group] = m as unknown as [string, string, string]
    // The name counts the items listed (`新三样` after three items): a name without their count (`专精特新“小巨人”`)
    // is the thing's own.
    // The items are things of a few words, not levels (`国家级、省级“两化”…`) or whole deeds (`开展…接种、妇女“两癌”筛查`).
    const listed = clause.slice(0, (m.index ?? 0) + 1 + item.length).split(/[、和及与]/)
    if (listed.some((i) => [...i].length > GROUP_ITEM_MAX || i.endsWith('级'))) continue
    const count = /[一二两三四五六七八九十]/.exec(group)?.[0]
    if (count === undefined || chineseNumeralValue(count) !== listed.length) continue
    for (const d of st.drafts) {
      const glued = d.label.indexOf(item + group)
      const rest = glued < 0 ? '' : d.label.slice(glued + item.length + group.length)
      // (Before the item only other items of the list; after the name a measure: `残疾人“两项补贴”8200万元` names a thing.)
      if (glued < 0 || rest.length < 2 || (glued > 0 && !/[、和及与]$/.test(d.label.slice(0, glued)))) continue
      d.label = group + rest
    }
  }
}

/** A part before 、 that ends in how a thing fared (`量质齐升、`): a clause of its own, read back into the label. */
const CLAUSE_BEFORE = new RegExp(`^[^、]*(?:${STATE_PREDICATES.join('|')})、`, 'u')

/**
 * The label without a clause of its own glued before it by 、 (`棉花量质齐升、机采率` → 机采率): the part before ends in
 * how a thing fared, so it is no item of a list of subjects; what is left, two characters at least, is the subject.
 */
function withoutClauseBefore(label: string): string {
  let rest = label
  for (let m = CLAUSE_BEFORE.exec(rest); m && [...rest.slice(m[0].length)].length >= 2; m = CLAUSE_BEFORE.exec(rest)) rest = rest.slice(m[0].length)
  return rest
}

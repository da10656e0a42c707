import { COUNTED_LIST_HEADS } from '../words/counted-lists'
import { chineseNumeralValue } from '../words/numerals'
import { CLAUSE_ENDS, clauseStart } from './clause'
import type { Draft, Rule, RuleContext } from './types'

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
    if (stripSharedCount(st.drafts)) return
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

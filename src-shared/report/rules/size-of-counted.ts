import type { Rule } from './types'

/**
 * A size written between a count and its noun, read as an attribute of the things counted (`1个300万吨焦化项目`,
 * `3台60万千瓦机组`, `597台20吨以下燃煤锅炉`): the digits, their unit and a bound or class word after them, nothing
 * else (no delimiter, no other figure).
 */
const SIZE = /^[\d.]+[^\d\s,;。、:!?()]{1,8}$/u
/**
 * A size that says which class of things is counted: bounded (`20吨以下`, `10亿元以上`, `35千伏及以上`) or a grade
 * (`30万吨级`); or a unit an item is rated by (`300万吨焦化项目`, `60万千瓦机组`, `4.3米焦炉`). Any other size after a
 * count may be their total (`767台4347蒸吨燃煤锅炉`, `8067套78.5万平方米棚户区`), which names no class.
 */
const CLASS_SIZE = /(?:及?以[上下]|级)$|^[\d.]+(?:万吨|吨|万千瓦|千瓦|米)$/u
/** An age before people (`2.5万名65岁及以上老年人`) says who they are, as other rules read it; a size says which works. */
const AGE = /岁/u

/**
 * The size is part of what is counted: `1个300万吨焦化项目基本建成` counts 300万吨焦化项目, and a second count
 * of the same sentence (`3个300万吨以上焦化项目`) counts another class of them. Without it two figures of one
 * sentence would read 焦化项目 with different values. Runs after number-before-noun named the noun.
 */
export const sizeOfCounted: Rule = {
  name: 'size-of-counted',
  apply(st, ctx) {
    if (st.dropped || !st.counted || !st.noun || st.tokens.length !== 1) return
    const last = st.tokens[0]
    if (!last || last.cls !== 'count') return
    const size = ctx.norm.slice(last.end, st.noun.start).replace(/的$/u, '')
    // (One thing counted: the size is its own, whatever the unit: `1个10公顷综合性公园`.)
    if (!SIZE.test(size) || AGE.test(size) || (!CLASS_SIZE.test(size) && last.value !== 1)) return
    const head = ctx.norm.slice(st.noun.start, st.noun.start + 2)
    for (const d of st.drafts) {
      if (d.labelSource !== 'noun' || d.label.includes(size)) continue
      const at = d.label.indexOf(head)
      if (at < 0) continue
      d.label = d.label.slice(0, at) + size + d.label.slice(at)
    }
  },
}

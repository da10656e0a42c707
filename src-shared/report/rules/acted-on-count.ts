import { predicateAfter } from './clause'
import type { Rule } from './types'

/** Light verbs that carry the action done to the things counted (`对…进行改造`, `实施了整治`). */
const CARRIERS = ['进行', '实施', '开展'] as const
/** What may stand before 对: when, or how many times over (`累计对…`). */
const BEFORE_DUI = /^(?:先后|累计|共|全年|今年|已|还)?对$/
/** The longest run of things counted (`主次干道路面及人行道`). */
const NOUN_MAX = 16
/** The longest action read (`排查整治`, `整村推进`); a longer one is a clause of its own. */
const ACTION_MAX = 8

/**
 * Things counted by what was done to them, written with 对 before the count and the action after the noun:
 * `对350个老旧小区实施了整治改造` → 实施整治改造的老旧小区, `对4026家汽修企业开展排查整治` → 开展排查整治的汽修企业. The count
 * is the object of the action, no size of the noun (rules/attributive.ts would drop it). The action must close the
 * clause, with no figure and no list in it (`进行以信息化、数字化为重点的技术改造` is left).
 */
export const actedOnCount: Rule = {
  name: 'acted-on-count',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || st.tail !== 'noun' || st.tokens.length !== 1 || first?.cls !== 'count') return
    if (!BEFORE_DUI.test(ctx.norm.slice(st.clauseStart, first.start).trim())) return
    // The things run from the count to the light verb (the noun read after a figure may stop inside them: 及, 实施).
    const clause = ctx.norm.slice(first.end, first.end + NOUN_MAX + 2)
    const found = CARRIERS.map((v) => ({ v, at: clause.indexOf(v) })).filter((c) => c.at >= 2).sort((a, b) => a.at - b.at)[0]
    if (!found) return
    const things = clause.slice(0, found.at)
    // 160项行政审批事项中涉及的中介服务事项: a relative clause makes the count another noun's.
    if (/[\d,;。、:!?()（）\n]|和|(?<!^)的/.test(things)) return
    const at = first.end + found.at + found.v.length
    const rest = predicateAfter(ctx.norm, at, ACTION_MAX + 1)
    const action = rest.replace(/^了/, '')
    if (!action || [...action].length > ACTION_MAX || /[\d一二三四五六七八九十百千万“”"]/.test(action)) return
    const end = at + rest.length
    if (ctx.norm[end] === '、') return
    const noun = things.replace(/^的/, '').replace(/[“”"]/g, '')
    for (const d of st.drafts) {
      d.label = `${found.v}${action}的${noun}`
      d.labelSource = 'noun'
      d.quoteEnd = end
    }
  },
}

import { ALL_OF_THE_COUNTED, COUNTED_UNITS, OUTCOME_ENDINGS, THINGS_OF_A_PLACE } from '../words/labels'
import { predicateAfter } from './clause'
import type { Rule } from './types'

/**
 * Places and organisations counted by what happened in them: `36个市县隐性债务提前清零` → 隐性债务提前清零的市县,
 * `14个市州空气质量全面达标` → 空气质量全面达标的市州, `3家企业主板上市` → 主板上市的企业. What happened must end in
 * an outcome (`清零`, `达标`, `上市`), or the noun is a thing of its own (`12个社区卫生服务中心`).
 */
export const outcomeCount: Rule = {
  name: 'outcome-count',
  apply(st, ctx) {
    if (st.dropped || !st.counted || !st.noun || st.tokens[0]?.cls !== 'count') return
    const { noun } = st.counted
    const unit = COUNTED_UNITS.find((w) => noun.startsWith(w) && noun.length > w.length)
    if (!unit) return
    const predicate = predicateAfter(ctx.norm, st.noun.end)
    const outcome = noun.slice(unit.length) + predicate
    if (!OUTCOME_ENDINGS.some((w) => outcome.endsWith(w))) return
    // 94个乡镇污水处理设施全部达标: works of the places, all of which did the deed, are what the count counts (the noun alone).
    const things = noun.slice(unit.length)
    if (ALL_OF_THE_COUNTED.some((w) => predicate.startsWith(w)) && THINGS_OF_A_PLACE.some((w) => things.endsWith(w))) return
    for (const d of st.drafts) {
      d.label = `${outcome}的${unit}`
      d.quoteEnd = st.noun.end + predicate.length
    }
    st.silent = false
  },
}

import type { Rule } from './types'

/** A goal named alone (`预期目标设定为6%以上`, `今年增长目标为5%`). */
const BARE_GOAL = /^(?:今年|年度|全年)?(?:预期|增长)?目标$/u
/**
 * A goal named for the work or the striving (`工作目标`, `奋斗目标`), or the work it is pursued in (`实际工作中`), before an
 * aim (力争, 争取).
 */
const AIMED_GOAL = /^(?:(?:工作|奋斗|努力)?目标|(?:在)?(?:实际)?工作中)$/u

/** A sentence opening on the measure it speaks of (`经济增速是综合性指标，…`, `GDP增长速度作为…`). */
const MEASURE_OPENING = /^([\u4e00-\u9fffA-Za-z]{2,10}?(?:增速|增长速度|速度|增长|涨幅))(?:是|为|作为)/u

/**
 * `经济增速是综合性指标，今年预期目标设定为6%以上`: a goal named alone is the goal of the measure its sentence opened on
 * (经济增速预期目标, a growth). With no such measure, `预期目标` says nothing on a slide: a person checks it (待核对).
 */
export const goalOfAMeasure: Rule = {
  name: 'goal-of-a-measure',
  apply(st, ctx) {
    if (st.dropped) return
    const before = ctx.sentence.previous[ctx.sentence.previous.length - 1]
    for (const d of st.drafts) {
      // 地区生产总值增长7%以上，工作目标力争增长8%左右: the higher aim set for the figure just given, of the same measure.
      if (st.pre.aspiration && before && AIMED_GOAL.test(d.label) && before.token.unit === d.token.unit) {
        d.label = before.label
        d.labelSource = 'context'
        continue
      }
      if (!BARE_GOAL.test(d.label)) continue
      const measure = MEASURE_OPENING.exec(ctx.norm.slice(ctx.sentence.start, st.clauseStart).trimStart())?.[1]
      if (!measure) {
        d.reasons.add('label-vague')
        continue
      }
      d.label = measure + d.label.replace(/^(?:今年|年度|全年)/u, '')
      d.labelSource = 'context'
    }
  },
}

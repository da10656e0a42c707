import { TASKS_BEATEN } from '../words/labels'
import type { Rule } from './types'

/** A clause that only says by how much a task or a target was beaten (`超出年度任务`, `分别超年度目标`). */
const BEATS_TASK = new RegExp(`^(?:分别)?(?:超出|超过|超额|超|高出)(?:${TASKS_BEATEN.join('|')})?(?:目标)?(?:任务|计划|目标)$`, 'u')

/**
 * `城镇新增就业5.04万人，超出年度任务11.7个百分点`: by how many points a figure beat its task is a change of that figure,
 * labelled as it (as a gap to a wider area is: comparison-gap.ts); with as many gaps as figures before, in order.
 */
export const gapToTask: Rule = {
  name: 'gap-to-task',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first || first.cls !== 'ppt') return
    const own = ctx.norm.slice(st.clauseStart, first.start).trim()
    if (!BEATS_TASK.test(own)) return
    // 固定资产投资增长11.5%、社会消费品零售总额增长10.3%，分别高出计划1个、0.3个百分点: as many figures as gaps, in order.
    const n = st.drafts.length
    const previous = n > 1 ? ctx.sentence.figures.slice(-n) : ctx.sentence.previous
    const paired = n > 1 && previous.length === n && new Set(previous.map((d) => d.label)).size === n
    st.drafts.forEach((d, k) => {
      const before = paired ? previous[k] : previous[previous.length - 1]
      if (!before?.label) return
      d.label = before.label
      d.labelSource = 'context'
      d.kind = 'change'
      d.gap = own.replace(/^分别/u, '')
    })
  },
}

import type { Rule } from './types'

/**
 * `天原集团、丝丽雅集团分别实现营业收入350亿元、300亿元`: the measure written after 分别 and its verb is every owner's;
 * the owners of the list take it (天原集团营业收入, 丝丽雅集团营业收入), and neither 分别 nor the verb stays in a label.
 * Not a share of a task or a plan (`分别完成年度目标任务的113%`), nor a rate per month (`分别达到每月739元`): those name
 * no measure of the owners.
 */
const OWNER_VERB_MEASURE = /^(.{2,30}?)分别(?:实现|完成|达到|达)([\u4e00-\u9fff]{2,8})$/u
/** `存贷款余额分别新增…` → 存款余额新增: a defining verb after 分别 stays, 分别 goes. */
const OWNER_RESPECTIVE_ADDITION = /^(.{2,30}?)分别(新增|净增)$/u
/** What a share of a task, a plan or a schedule ends with (`年度目标任务`, `年计划`, `工程进度`). */
const TASK_OR_PLAN = /(?:任务|目标|计划|进度|工程量)$|^(?:每|上年)/u

export const measureAfterRespectively: Rule = {
  name: 'measure-after-respectively',
  apply(st) {
    for (const d of st.drafts) {
      const added = st.dropped ? null : OWNER_RESPECTIVE_ADDITION.exec(d.label)
      if (added) d.label = `${added[1]}${added[2]}`
    }
    // (Shares are of a plan or a reference: `分别完成年度计划投资的156%`.)
    if (st.dropped || st.drafts.length < 2 || st.tokens.some((t) => t.cls === 'pct')) return
    const first = st.drafts.map((d) => OWNER_VERB_MEASURE.exec(d.label)).find((m) => m !== null)
    const measure = first?.[2]
    if (!measure || TASK_OR_PLAN.test(measure)) return
    for (const d of st.drafts) {
      const own = OWNER_VERB_MEASURE.exec(d.label)
      if (own && TASK_OR_PLAN.test(own[2] as string)) continue
      if (own) d.label = `${own[1]}${own[2]}`
      else if ([...d.label].length >= 2 && !d.label.includes('分别') && !d.label.endsWith(measure)) d.label = `${d.label}${measure}`
    }
  },
}

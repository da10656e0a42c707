import type { Rule } from './types'

/**
 * Measures that say nothing of whose they are, beyond the short ones of words/labels.ts (BARE_OWNED_MEASURES): a
 * reimbursement rate, a capacity, a sum involved, an approval time, the size of an industry, a share of revenue or of
 * spending, an investment, a building task. Alone as a label they are the measure of a subject named in the clause
 * or the sentence before (`居民医保…，报销比例提高5.8个百分点`, `风电项目…，新增装机容量66.9万千瓦`).
 */
const MEASURES_NAMING_NO_OWNER: readonly string[] = [
  '报销比例', '装机容量', '新增装机容量', '涉及金额', '审批时间', '产业规模', '营收占比', '支出占比', '投资额', '建设任务',
]

/**
 * A figure whose label is one of those measures alone: its owner was not found, and a slide would show a rate or
 * an amount of nobody, so a person checks it (待核对). It runs after confidence.
 */
export const measureWithoutOwner: Rule = {
  name: 'measure-without-owner',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) if (MEASURES_NAMING_NO_OWNER.includes(d.label)) d.reasons.add('label-vague')
  },
}

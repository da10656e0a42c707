import { TASK_NOUNS } from '../words/labels'
import { cleanLabel } from './clause'
import type { Rule } from './types'

/**
 * A task completed is the task of what the sentence is about: `城镇新增就业超143万人、超额完成国家下达的110万人
 * 年度任务` → 国家下达的城镇新增就业年度任务 (who set it stays).
 */
export const taskOfSubject: Rule = {
  name: 'task-of-subject',
  apply(st, ctx) {
    const subject = ctx.sentence.subject
    if (st.dropped || !st.counted || !subject || !TASK_NOUNS.includes(st.counted.noun)) return
    const completing = /完成([^完]*)$/.exec(st.counted.raw)
    if (!completing) return
    const by = completing[1] as string
    for (const d of st.drafts) d.label = `${cleanLabel(by)}${by.endsWith('的') ? '的' : ''}${subject}${st.counted.noun}`
    st.silent = false
  },
}

import { THINGS_NAMED_BY_THEIR_DEED } from '../words/labels'
import { OBJECT_VERBS, PROJECT_EVENTS } from '../words/verbs'
import type { Rule } from './types'

/** Verbs of deeds done to things, longest first. */
const DEED_VERBS = [...new Set([...OBJECT_VERBS, ...PROJECT_EVENTS])].sort((a, b) => b.length - a.length)

/**
 * A thing that says nothing alone (`项目`) is named by the deeds written right before it: `全年引进项目100个` → 引进项目,
 * `力争建成投产项目20个` → 建成投产项目, `招引落地项目189个` → 招引落地项目. With no deed before it, it stays as it is. It
 * runs after confidence and leaves the doubt (待核对): whose projects they are (援藏项目, 招商项目) the paragraph may say
 * elsewhere. The clauses after it still read the bare thing as their subject (`…，其中超亿元59个` stays 项目).
 */
export const deedOfBareThing: Rule = {
  name: 'deed-of-bare-thing',
  apply(st, ctx) {
    if (st.dropped) return
    // 建成项目5个1545套: only the count right after the thing is of the things (the homes after it are not).
    const [d] = st.drafts
    if (d && st.drafts.length === 1 && d.labelSource === 'subject' && THINGS_NAMED_BY_THEIR_DEED.includes(d.label)) {
      const before = ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? st.clauseStart).trimEnd()
      const deeds = before.endsWith(d.label) ? deedsBefore(before.slice(0, -d.label.length)) : ''
      if (!deeds) return
      // 完成项目433个 after 援藏资金…: which projects the paragraph means is still not known, so the doubt stays.
      d.deed = deeds
    }
  },
}

/** The run of deeds that ends the text (`招引落地`), or ''. */
function deedsBefore(text: string): string {
  let end = text.length
  for (let deed = DEED_VERBS.find((w) => text.endsWith(w)); deed; deed = DEED_VERBS.find((w) => text.slice(0, end).endsWith(w))) end -= deed.length
  return text.slice(end)
}

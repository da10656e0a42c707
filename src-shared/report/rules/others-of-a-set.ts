import type { Rule } from './types'

/** 其他/其余 and a count right before the label: `其他862户`, `其余3.2万名`. */
const OTHERS_COUNTED = /(其他|其余)\d+(?:\.\d+)?[万亿]?[户家个名所项座]$/u

/**
 * `新增规上工业企业92户，其他862户规上工业企业增加值增长6.8%`: a measure of the others of a set, counted before their
 * noun, is the others' only. The count goes, 其他 stays (`其他规上工业企业增加值`): on a slide `规上工业企业增加值增长6.8%`
 * alone would read as every firm's growth.
 */
export const othersOfASet: Rule = {
  name: 'others-of-a-set',
  apply(st, ctx) {
    if (st.dropped) return
    const first = st.tokens[0]
    if (!first) return
    // (The count before the noun may be a statement of its own, dropped as an attribute: read a little before the clause.)
    const clause = ctx.norm.slice(Math.max(ctx.sentence.start, st.clauseStart - 12), first.start)
    for (const d of st.drafts) {
      if (!d.label || d.label.startsWith('其')) continue
      const at = clause.lastIndexOf(d.label)
      if (at < 0) continue
      const others = OTHERS_COUNTED.exec(clause.slice(0, at))
      if (others) d.label = `${others[1]}${d.label}`
    }
  },
}

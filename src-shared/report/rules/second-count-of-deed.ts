import type { Rule } from './types'

/**
 * `安置房返迁13个项目、2582户`: a count before its noun, then, joined by 、, a bare count in another unit: two counts
 * of one deed. The second counts no such noun (2582户 are no projects); it takes the deed the first names, without
 * the first's noun (安置房返迁). When what is left names no more than a verb (fewer than four characters: `改造8个
 * 老旧小区、1200户`), the second keeps the first's label, flagged: it counts something else than the label names.
 */
export const secondCountOfDeed: Rule = {
  name: 'second-count-of-deed',
  apply(st, ctx) {
    if (st.dropped || st.tail === 'noun' || st.tokens.length !== 1) return
    const previous = ctx.sentence.previousStatement
    const first = st.tokens[0]
    const counted = previous?.tokens.length === 1 ? previous.tokens[0] : undefined
    const noun = previous?.tail === 'noun' ? previous.noun : null
    const draft = previous?.drafts[0]
    if (!previous || !first || !counted || !noun || !draft || previous.drafts.length !== 1) return
    if (first.cls !== 'count' || counted.cls !== 'count' || first.unit === counted.unit) return
    if (ctx.norm.slice(noun.end, first.start) !== '、') return
    const name = ctx.norm.slice(noun.start, noun.end)
    if (!draft.label.endsWith(name)) return
    const deed = draft.label.slice(0, -name.length)
    // (共有689个招商团组、3457人次: what is left names no deed; the second count is not of the things the label names,
    // nor is it known what it is of: a person checks.)
    if ([...deed].length < 4) {
      for (const d of st.drafts) if (d.label === draft.label) d.reasons.add('label-vague')
      return
    }
    for (const d of st.drafts) {
      if (d.label !== draft.label) continue
      d.label = deed
      d.labelSource = 'context'
    }
  },
}

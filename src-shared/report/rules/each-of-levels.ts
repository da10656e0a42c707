import type { Draft, Rule } from './types'

/** Kinds of figure that a change after `均` may be the change of, each group alone. */
const LEVEL_GROUPS: readonly (readonly Draft['kind'][])[] = [['amount', 'count'], ['share']]

/**
 * A change written once with `均` after several levels is the change of each (`实际到账外资9.2亿美元，实际利用内资554亿元，
 * 均增长15%` → both grow 15%; `城乡居民人均可支配收入分别达到32929元、13345元，均增长8.1%`; `…占比17.2%，…率51.5%，均提高1
 * 个百分点`). The levels are the sentence's last figures, of one group of kinds, each with its own label; the clause has
 * no subject of its own (carry-subject gave it the last one's).
 */
export const eachOfLevels: Rule = {
  name: 'each-of-levels',
  apply(st, ctx) {
    const [draft] = st.drafts
    if (st.dropped || !st.pre.each || st.drafts.length !== 1 || !draft || draft.labelSource !== 'context') return
    if (draft.token.cls !== 'pct' && draft.token.cls !== 'ppt') return
    const levels = levelsBefore(ctx.sentence.figures)
    if (levels.length < 2 || levels[levels.length - 1]?.label !== draft.label) return
    st.drafts = levels.map((d) => ({ ...draft, label: d.label, reasons: new Set(draft.reasons) }))
    // Past two levels, where the 均's reach ends is a guess.
    if (levels.length > 2) for (const d of st.drafts) d.reasons.add('label-from-list')
  },
}

/** The sentence's last figures while they are levels of one group, with labels all different; [] if none. */
function levelsBefore(figures: readonly Draft[]): Draft[] {
  const last = figures[figures.length - 1]
  const group = LEVEL_GROUPS.find((g) => g.includes(last?.kind ?? null))
  if (!group) return []
  const out: Draft[] = []
  for (let k = figures.length - 1; k >= 0; k--) {
    const d = figures[k] as Draft
    if (!group.includes(d.kind) || d.label === '') break
    if (out.some((o) => o.label === d.label)) return []
    out.unshift(d)
  }
  return out
}

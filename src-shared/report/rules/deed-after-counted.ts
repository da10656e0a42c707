import { predicateAfter } from './clause'
import type { Rule } from './types'

/**
 * Deeds that pick some of the things counted before them out of all such things: the diseases taken into medical
 * insurance, the parks opened free, the counties that entered a list, the people sent to help, the people who gained.
 * Deeds of progress or completion (`加快建设`, `全面完成`, `建成投用`), honours (`入选`, `获…奖`) and leaving poverty
 * (`全部脱贫`, `摘帽`) are not here: the label files name those figures by the noun alone (LABELLING.md).
 */
const SELECTING_DEEDS: readonly string[] = ['纳入', '列入', '进入', '免费开放', '驰援', '受益']

/** How far into the words after the noun a selecting deed may start (`稳步纳入`, `申报列入`, `全部进入`). */
const DEED_OFFSET_MAX = 2

/**
 * Things counted before their noun, with a deed after it that says which of them are counted: `24种重大疾病纳入医保`,
 * `7家城市公园免费开放`, `4个县进入全省十佳县`, `6600多万纳税人受益`. The figure counts the diseases taken in, not all
 * diseases, but the label the parser reads (重大疾病) names the things alone, and a slide would show it as all of them.
 * Where the label does not hold the deed, the figure is doubted (待核对). It runs after confidence.
 */
export const deedAfterCounted: Rule = {
  name: 'deed-after-counted',
  apply(st, ctx) {
    if (st.dropped || !st.noun || st.nounThenFigure) return
    const after = predicateAfter(ctx.norm, st.noun.end)
    const deed = SELECTING_DEEDS.find((w) => {
      const at = after.indexOf(w)
      return at >= 0 && at <= DEED_OFFSET_MAX
    })
    if (!deed) return
    for (const d of st.drafts) {
      if (d.labelSource === 'noun' && d.label && !d.label.includes(deed)) d.reasons.add('label-vague')
    }
  },
}

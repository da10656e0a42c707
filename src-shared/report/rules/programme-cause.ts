import { CAUSING_VERBS } from '../words/labels'
import { CLAUSE_ENDS, clauseStart, cleanLabel } from './clause'
import { isVagueLabel } from './confidence'
import type { Rule } from './types'

/** A quoted name right before a verb of bringing about: `“人才新政”吸引`, `“四个一批”帮助`. */
const QUOTED_CAUSE = new RegExp(`“([^“”]{2,12})”(?:${CAUSING_VERBS.join('|')})`, 'g')

/**
 * A programme or slogan named before the result it brought about (`“人才新政”吸引超过41万青年人才落户`, `实施“四个一批”
 * 帮助基层化债近300亿元`): the label opened with the programme's name glued to what it brought about
 * (`人才新政青年人才`, `四个一批帮助基层化债`); the figure measures the result (`青年人才`, `基层化债`), when that names
 * something on its own.
 */
export const programmeCause: Rule = {
  name: 'programme-cause',
  apply(st, ctx) {
    // A share of what the programme brought about (`“双创”带动就业占城镇新增就业的50%`) measures that effect, named by it.
    if (st.dropped || st.tokens[0]?.cls === 'pct' || !st.drafts.some((d) => d.label.length > 2)) return
    const at = st.tokens[0]?.start ?? st.clauseStart
    const clause = ctx.norm.slice(clauseStart(ctx.norm, at, 0, CLAUSE_ENDS), at)
    for (const m of clause.matchAll(QUOTED_CAUSE)) {
      const programme = m[1] as string
      for (const d of st.drafts) {
        if (!d.label.startsWith(programme) || d.label.length <= programme.length + 1) continue
        const result = cleanLabel(d.label.slice(programme.length))
        // (What is left must name something on its own: `“惠帮办”帮助办理事项` keeps its programme.)
        if (!isVagueLabel(result)) d.label = result
      }
    }
  },
}

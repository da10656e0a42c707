import { CUT_VERBS } from '../words/verbs'
import type { Rule } from './types'

/** The rate of a cut, then the verb and what it cuts: `…5%的幅度压减一般性支出`, `…5%的比例压减运转经费`. */
const RATE_THEN_CUT = new RegExp(`^的(?:幅度|比例)(?:${CUT_VERBS.join('|')})([^,;。!?:、\\d]{2,16})(?=[,;。!?:]|$)`, 'u')

/**
 * A cut written as its rate before the verb (`一律按不低于5%的幅度压减一般性支出`): what is cut is the thing after the
 * verb, and the figure is its fall (−5, growth), with the bound as written.
 */
export const cutByRate: Rule = {
  name: 'cut-by-rate',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || st.tokens.length !== 1 || first?.cls !== 'pct') return
    const m = RATE_THEN_CUT.exec(ctx.norm.slice(first.end, first.end + 24))
    if (!m?.[1]) return
    for (const d of st.drafts) {
      d.label = m[1]
      d.labelSource = 'noun'
      d.kind = 'growth'
      d.value = -Math.abs(d.value)
      d.quoteEnd = first.end + m[0].length
      // The verb of cutting says the kind: it is no guess.
      d.reasons.delete('kind-guessed')
    }
  },
}

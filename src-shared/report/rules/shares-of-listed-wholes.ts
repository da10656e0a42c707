import { WHOLES_OF_A_SHARE } from '../words/labels'
import { cleanLabel } from './clause'
import { isGeneric } from './generic-label'
import type { Rule } from './types'

const WHOLE = WHOLES_OF_A_SHARE.join('|')
/**
 * What the share is of, then 占, then two or more wholes joined by 、 (和, 及), then what may stand between them and
 * the values (`的比重分别为`, `的`, `比重分别达到`): `粮食总产量占全省、全国的比重分别为`, `占全省、全国`.
 */
const SHARES_OF_WHOLES = new RegExp(
  `^(.*?)(?:约|分别)?占((?:${WHOLE})(?:[、和及与](?:${WHOLE}))+)(?:的)?(?:比重|比例|份额)?(?:分别)?(?:为|是|达到|达|超过|超)?$`,
  'u',
)

/**
 * One share of the same thing in each whole listed, paired in order with the values:
 * `粮食总产量占全省、全国的比重分别为14.9%和1.68%` → 粮食总产量占全省比重 14.9, 粮食总产量占全国比重 1.68; with no subject in the
 * clause (`产量120亿斤，占全省、全国14.9%和1.68%`) the thing is the sentence's subject. Before, the first share was named
 * `粮食总产量占全省` and the second `比重`, or both after the subject alone.
 */
export const sharesOfListedWholes: Rule = {
  name: 'shares-of-listed-wholes',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first || st.tokens.length < 2 || st.tokens.some((t) => t.cls !== 'pct')) return
    // The words of the clause before the first value, over the 、 of the wholes listed.
    let start = first.start
    while (start > 0 && !/[,，;；。!！?？:：\n]/u.test(ctx.norm[start - 1] as string)) start--
    const m = SHARES_OF_WHOLES.exec(ctx.norm.slice(start, first.start))
    if (!m) return
    const wholes = (m[2] as string).split(/[、和及与]/u)
    if (wholes.length !== st.drafts.length) return
    const written = cleanLabel(m[1] as string)
    const subject = ctx.sentence.subject
    const thing = written && !isGeneric(written) ? written : subject && !isGeneric(subject) ? subject : ''
    if (!thing) return
    st.drafts.forEach((d, k) => {
      d.label = `${thing}占${wholes[k] as string}比重`
      d.labelSource = written ? 'subject' : 'context'
      d.kind = 'share'
      d.quoteStart = Math.min(d.quoteStart, start)
      // (The clauses after it are still about the thing: `…，比去年增产0.12亿斤` is the output's.)
      d.carried = thing
      // The pairing is written out whole: no guess from a list or the context is left to check.
      d.reasons.delete('label-from-list')
      d.reasons.delete('label-from-context')
      d.reasons.delete('label-vague')
      d.reasons.delete('kind-guessed')
    })
  },
}

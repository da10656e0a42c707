import type { Rule } from './types'

/** 占全省…: the whole a share is of, written before the percentage. */
const SCOPE_BEFORE = /占(全国|全省|全区|全市|全州|全县)$/
/** A label this rule gave: the noun's share of a whole. */
const SCOPE_LABEL = /占(全国|全省|全区|全市|全州|全县)比重$/

/**
 * A share written before the noun it is of: `以占全省4.45%的地域面积` → 地域面积占全省比重, `创造了占全省21.1%的GDP` →
 * GDP占全省比重; the next items of the list share the whole (`、10.55%的人口` → 人口占全省比重). Always a share.
 */
export const shareBeforeNoun: Rule = {
  name: 'share-before-noun',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || st.tail !== 'noun' || !st.noun || st.tokens.length !== 1 || first?.cls !== 'pct') return
    if (ctx.norm[first.end] !== '的' || first.post !== null) return
    const previous = ctx.sentence.previousStatement
    const listed = previous?.noun && previous.noun.end + 1 === first.start && ctx.norm[previous.noun.end] === '、'
    const scope = SCOPE_BEFORE.exec(ctx.norm.slice(st.clauseStart, first.start))?.[1] ?? (listed ? SCOPE_LABEL.exec(previous.drafts[0]?.label ?? '')?.[1] : undefined)
    if (!scope) return
    const noun = ctx.norm.slice(st.noun.start, st.noun.end).replace(/^的/, '')
    for (const d of st.drafts) {
      d.label = `${noun}占${scope}比重`
      d.labelSource = 'noun'
      d.kind = 'share'
      d.quoteEnd = st.noun.end
    }
  },
}

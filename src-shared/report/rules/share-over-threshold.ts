import type { Rule } from './types'

/** Words that set a threshold the things of a share pass (`收入超过10万元`, `达到50万元以上`). */
const THRESHOLD_VERBS = /(?:超过|超|达到|达|突破)$/
/** What may stand between the share and its threshold: one clause, no list. */
const CLAUSE_BREAK = /[,，。;；:：、!?\n]/
/** Quotation marks and book-title marks, kept in the quote, not in the label. */
const MARKS = /[“”"‘’'《》「」]/g

/**
 * A share of things whose measure passes a threshold: `95%以上的村集体经营性收入超过10万元`, `97.2%的重点边境村实现
 * 村集体经济年收入超10万元`. The figure is the share (村集体经营性收入超过10万元比例, as `96.2%的养老机构开展医养结合` is
 * 养老机构开展医养结合比例); the amount only says which things are counted, and is no figure of its own.
 */
export const shareOverThreshold: Rule = {
  name: 'share-over-threshold',
  apply(st, ctx) {
    if (st.dropped || st.shape !== 'single' || !st.noun) return
    const token = st.tokens[0]
    const threshold = st.following
    if (!token || token.cls !== 'pct' || ctx.norm[token.end] !== '的' || !threshold || threshold.cls !== 'money') return
    const between = ctx.norm.slice(st.noun.start, threshold.start)
    if (CLAUSE_BREAK.test(between) || !THRESHOLD_VERBS.test(between)) return
    // The threshold closes the clause: `…超10万元，边民…`, not `…超10万元的村达到…`.
    const after = ctx.norm[threshold.end]
    if (after !== undefined && !CLAUSE_BREAK.test(after)) return
    const label = `${ctx.norm.slice(st.noun.start, threshold.end).replace(MARKS, '')}比例`
    for (const d of st.drafts) {
      d.label = label
      d.labelSource = 'noun'
      d.quoteEnd = threshold.end
    }
    ctx.sentence.thresholdEnd = threshold.end
  },
}

/** The threshold of such a share, read as the next statement: it is dropped. */
export const thresholdOfShare: Rule = {
  name: 'threshold-of-share',
  apply(st, ctx) {
    if (st.dropped || ctx.sentence.thresholdEnd === undefined) return
    if (st.tokens[st.tokens.length - 1]?.end === ctx.sentence.thresholdEnd) st.dropped = true
  },
}

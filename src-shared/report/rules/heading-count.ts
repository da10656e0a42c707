import { lineStartOf } from './line-start'
import type { Rule } from './types'

/** How long such a heading may be before its count. */
const HEADING_MAX = 40

/**
 * A numbered heading that ends in a count of the items under it (`二、加强社会保障10件`, `（三）优化公共服务15项`):
 * an annex list of tasks counts what follows, no figure of its own. The whole line is the heading.
 */
const COUNTING_HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*[^\d,，。;；:：!！?？]{2,24}?\d+(?:件|项|个|条)\s*$/u

export const headingCount: Rule = {
  name: 'heading-count',
  apply(st, ctx) {
    const only = st.tokens[0]
    if (st.dropped || st.tokens.length !== 1 || !only) return
    const { norm } = ctx
    const lineStart = lineStartOf(norm, only.start)
    if (only.start - lineStart > HEADING_MAX) return
    const line = norm.slice(lineStart, only.unitEnd)
    if (COUNTING_HEADING.test(line) && /^\s*(?:\n|$)/.test(norm.slice(only.unitEnd, only.unitEnd + 4))) st.dropped = true
  },
}

import { indicatorOf } from '../indicators'
import { RANK_LABEL_OPENED_BY_ITS_VERB } from '../words/labels'
import { MEASURE_NAME_ENDINGS } from '../words/ranked-measures'
import { cleanLabel, clauseBefore, longestPrefix } from './clause'
import type { Draft, Rule, RuleContext, Statement } from './types'

/** How far back a clause before may name its indicator: a short clause, the sentence's first. */
const CLAUSE_BEFORE_MAX = 24
/** An owner or an indicator's name at the head of that clause: Han characters only. */
const HEAD = /^[\u4e00-\u9fff]{2,12}/u

/**
 * A rank that opens its sentence's figures with no measure of its own, after a clause that names an indicator and says
 * something of it without a figure:
 *
 *   `粮食总产再创历史新高，连续16年位居全国首位`          → 粮食总产 (the indicator the clause before opens with)
 *   `粮食生产二十二连丰，总产量、商品量…稳居全国第一`      → 粮食总产量, 粮食商品量… (the owner whose indicator the
 *                                                       first measure completes, for every bare measure of the list)
 *
 * Only a name the clause before opens with and that is an indicator's (or completes one) is taken; anything else leaves
 * the rank as it was, flagged as vague (confidence.ts). The name comes from another clause, so it stays checked.
 */
export const measureInClauseBefore: Rule = {
  name: 'measure-in-clause-before',
  apply(st, ctx) {
    const [first] = st.tokens
    if (st.dropped || !first || first.cls !== 'rank' || ctx.sentence.subject || ctx.sentence.figures.length > 0) return
    const head = headOfClauseBefore(st, ctx)
    if (!head) return
    const vague = st.drafts.filter((d) => d.label === '' || RANK_LABEL_OPENED_BY_ITS_VERB.test(d.label))
    if (vague.length === st.drafts.length) {
      const name = longestPrefix(head, (p) => indicatorOf(p) !== null)
      if (name) for (const d of vague) named(d, name)
      return
    }
    const bare = st.drafts.filter((d) => isBareMeasure(d.label))
    if (bare.length !== st.drafts.length) return
    const owner = longestPrefix(head, (p) => bare.some((d) => indicatorOf(p + d.label) !== null))
    if (owner) for (const d of bare) named(d, owner + d.label)
  },
}

function named(d: Draft, label: string): void {
  d.label = cleanLabel(label)
  d.labelSource = 'context'
  d.reasons.add('label-from-context')
}

/** A measure named without whose it is: short, ending as a measure does (`总产量`, `商品量`), no indicator alone. */
function isBareMeasure(label: string): boolean {
  return [...label].length <= 3 && MEASURE_NAME_ENDINGS.some((w) => label.endsWith(w)) && indicatorOf(label) === null
}

/** The Han characters that open the clause right before the rank's (after a comma, in its sentence), if it is short. */
function headOfClauseBefore(st: Statement, ctx: RuleContext): string | null {
  const clause = clauseBefore(ctx.norm, ctx.sentence.start, st.clauseStart)
  if (clause.length === 0 || clause.length > CLAUSE_BEFORE_MAX || /[、:(]/u.test(clause)) return null
  return HEAD.exec(clause)?.[0] ?? null
}

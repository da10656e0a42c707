import { CONTRACTED_PAIRS, OWNED_MEASURE_FAMILIES, OWNED_MEASURES, SCOPE_PREFIXES } from '../words/labels'
import { totalOwner } from './generic-label'
import { withoutStateAtEnd } from './owner-of-family'
import type { Rule } from './types'

const LONGEST = [...OWNED_MEASURES].sort((a, b) => b.length - a.length)

/**
 * A measure alone after another measure of the same owner in the sentence: `新能源汽车产量18.7万辆，产值82.5亿元`
 * → 新能源汽车产值, `猕猴桃综合产值增长8.5%、出口增长53.6%` → 猕猴桃出口. The owner is the sentence's subject without
 * its own measure, when both measures are of one family (words/labels.ts); a subject that is no owner's measure leaves
 * the label alone.
 */
export const ownerMeasure: Rule = {
  name: 'owner-measure',
  apply(st, ctx) {
    if (st.dropped) return
    const bare = st.drafts.filter((d) => (d.labelSource === 'subject' || d.labelSource === 'noun') && OWNED_MEASURES.includes(d.label))
    if (bare.length === 0) return
    const subject = ctx.sentence.subject
    const measure = subject ? LONGEST.find((m) => subject.endsWith(m)) : undefined
    if (!subject || !measure) return
    // 外贸进出口增长20.3%，其中出口…: the measure ends a pair word (进出口); what comes before it is no owner.
    if (CONTRACTED_PAIRS.some((p) => p.pair.endsWith(measure) && p.pair !== measure && subject.endsWith(p.pair))) return
    // 事故宗数、交通事故宗数、火灾起数分别下降…，死亡人数减少135人: after a list the measure alone may be all the items'.
    if ((ctx.sentence.previousStatement?.drafts.length ?? 0) > 1) return
    const owner = withoutStateAtEnd(subject.slice(0, -measure.length))
    if ([...owner].length < 2) return
    // 全市货邮吞吐量…: a measure with a scope of its own is the whole place's, not the owner's.
    if (SCOPE_PREFIXES.some((p) => st.pre.subject.trimStart().startsWith(p))) return
    for (const d of bare) {
      if (!OWNED_MEASURE_FAMILIES.some((family) => family.includes(measure) && family.includes(d.label))) continue
      // Still the clause's own subject, completed: what follows in the sentence is about it (`产值…、增长33.3%`).
      // 新增公路通车里程…，通车总里程…: a total is of the things, not of those added (公路通车总里程).
      d.label = (d.label.includes('总') ? totalOwner(owner) || owner : owner) + d.label
    }
  },
}

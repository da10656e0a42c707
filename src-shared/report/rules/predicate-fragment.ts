import type { Rule } from './types'

/**
 * A label opened by an adverb of time or order that belongs to the predicate (`剩余4项将于近期落地` → 于近期, `目前已落地
 * 49项` → 目前已落地, `还先后派出27批670人次` → 还先后派出27批): the reading kept the words around the verb, and what
 * is counted is named before the clause.
 */
const OPENED_BY_A_PREDICATE_ADVERB = /^(?:将?于(?:近期|近日|年底|年内|年前|今年|明年|[上下]半年)|(?:目前|现|均|都)已|还?先后)/u

/**
 * A label made only of verbs of reshaping (`40所调整优化为24所` → 调整优化, `提标扩能改造5个县级医院` → 扩能改造,
 * `今年大规模扩招100万人` → 大规模扩招): the things reshaped are named elsewhere, the label names none.
 */
const VERBS_OF_RESHAPING_ALONE = /^(?:大规模|全面)?(?:(?:调整|优化|扩能|扩招|提标|改造|提升|整合|撤并|压减|精简|规范)[、和及与]?){1,3}$/u

/**
 * A label holding a change told by degree (`13个设区市地区生产总值都不同程度有所增加` before `2023年达到13.09万亿元`): the
 * reading took the clause before, predicate and all, for the figure's subject.
 */
const CHANGE_BY_DEGREE = /不同程度|有所(?:增加|提高|提升|上升|下降|减少|增长|改善|回升|回落|扩大|缩小)/u

/**
 * A figure whose label is a piece of the predicate, not a thing or a measure: a slide would show a verb of nobody,
 * so a person checks it (待核对). It runs after confidence.
 */
export const predicateFragment: Rule = {
  name: 'predicate-fragment',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (OPENED_BY_A_PREDICATE_ADVERB.test(d.label) || VERBS_OF_RESHAPING_ALONE.test(d.label) || CHANGE_BY_DEGREE.test(d.label)) d.reasons.add('label-vague')
    }
  },
}

import { ADVERBS } from '../words/labels'
import { cleanLabel } from './clause'
import { definingOpening } from './number-before-noun'
import { receivedAfter, receivedLabel } from './received'
import type { Rule } from './types'

const ITEM_MAX = 12

/**
 * Items named before their count: `新增炳灵寺、官鹅沟、冶力关3家5A级景区` → 新增5A级景区 3家. When the items listed
 * right before a count are as many as it counts, they are its members, not the owner of the noun; the noun
 * names what is counted (with a verb that defines it, as number-before-noun keeps it: 新增, 新建, 开工建设…).
 */
/** What a class named alone shares with the next one in the sentence: `3个千亿级，…2个百亿级产业集群` → 产业集群. */
function sharedHead(norm: string, noun: { start: number; end: number }): string {
  if (norm[noun.end - 1] !== '级') return ''
  const ahead = /^[,、][^。;!?\n]{0,40}?级([\u4e00-\u9fff]{2,8}?)(?=[,;。、!?\n]|$)/.exec(norm.slice(noun.end, noun.end + 60))
  return ahead ? (ahead[1] as string) : ''
}

/** The words after the adverbs a clause opens with (`力争`, `全年`, `累计`). */
function withoutAdverbs(raw: string): string {
  let rest = raw
  for (let a = OPENING_ADVERBS.find((w) => rest.startsWith(w)); a; a = OPENING_ADVERBS.find((w) => rest.startsWith(w))) rest = rest.slice(a.length)
  return rest
}

const OPENING_ADVERBS = [...ADVERBS].sort((a, b) => b.length - a.length)

export const namedItems: Rule = {
  name: 'named-items',
  apply(st, ctx) {
    const t = st.tokens[0]
    if (st.dropped || st.shape !== 'single' || !t || t.cls !== 'count' || t.converted || !st.noun) return
    if (st.listStart >= st.clauseStart) return
    const items = st.listPre.subject.split('、')
    if (items.length < 2 || items.length !== t.value || items.some((x) => x.length === 0 || x.length > ITEM_MAX)) return
    const noun = cleanLabel(ctx.norm.slice(st.noun.start, st.noun.end)) + sharedHead(ctx.norm, st.noun)
    if (noun.length < 2) return
    // 开工建设甲至乙、丙至丁…6条高速公路: a verb that defines what is counted opens the first item, as number-before-noun
    // keeps it before a shorter list; after an adverb or a goal's lead (`力争开工建设…`) too.
    const kept = definingOpening(withoutAdverbs(items[0] as string))
    // 甲、乙等2项工作受到国务院表彰: what they got says which are counted.
    const received = receivedAfter(ctx.norm, st.noun.end)
    for (const d of st.drafts) {
      d.label = kept + noun + receivedLabel(received)
      d.labelSource = 'noun'
      d.quoteStart = st.listStart
      d.quoteEnd = st.noun.end + received.length
    }
  },
}

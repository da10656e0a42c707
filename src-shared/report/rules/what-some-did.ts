import type { Rule } from './types'

/** Words that open a predicate read where a noun was expected (`82项获国家层面认可`, `37项向全国推广`). */
const PREDICATE_OPENERS = ['获', '向', '入选', '纳入', '通过', '实现', '进入']

/**
 * Some of the things just counted, by what they did: `形成173项制度集成创新案例，82项获国家层面认可、37项向全国推广`
 * → 获国家层面认可的制度集成创新案例, 向全国推广的制度集成创新案例.
 */
export const whatSomeDid: Rule = {
  name: 'what-some-did',
  apply(st, ctx) {
    if (st.dropped || !st.counted || st.counted.raw !== '') return
    // 82项获国家层面认可: the opener is read where the noun begins, before a label drops it as an action.
    const written = st.noun ? ctx.norm.slice(st.noun.start, st.noun.end) : ''
    const opener = PREDICATE_OPENERS.find((w) => written.startsWith(w) && !st.counted?.noun.startsWith(w)) ?? ''
    const noun = opener + st.counted.noun
    const counted = ctx.sentence.figures[ctx.sentence.figures.length - 1]
    if (!PREDICATE_OPENERS.some((w) => noun.startsWith(w)) || counted?.labelSource !== 'noun') return
    if (counted.token.unit !== st.tokens[0]?.unit || counted.label.length < 2) return
    // …、37项向全国推广: the things, not what the previous count of them did (`71项成果获…奖，2项获…`: 成果).
    const things = counted.carried ?? counted.label.slice(counted.label.lastIndexOf('的') + 1)
    for (const d of st.drafts) d.label = `${noun}的${things}`
    st.silent = false
  },
}

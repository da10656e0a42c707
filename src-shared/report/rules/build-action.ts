import {
  BUILD_ACTIONS, BUILT_WITHOUT_ITS_VERB, CHAINED_ACTIONS, DEFINING_BUILD_ACTIONS, NOUNS_OPENED_BY_BUILD_VERB, WORDS_CUT_BY_BUILD_ACTIONS,
  WORDS_LIKE_OPENERS,
} from '../words/labels'
import type { Rule } from './types'

/** Nothing but actions of building and those chained to them (`改造提升`, `和改造`), or nothing. */
const ACTION_CHAIN = new RegExp(`^(?:${[...BUILD_ACTIONS, ...CHAINED_ACTIONS].sort((a, b) => b.length - a.length).join('|')})*$`)

/** Would taking `verb` off the head of `label` cut a word in two (`新建设|施蔬菜`)? */
function cutsAWord(label: string, verb: string): boolean {
  const tail = label.slice(verb.length - 1)
  return WORDS_CUT_BY_BUILD_ACTIONS.some((w) => tail.startsWith(w))
}

/**
 * What was built is what is counted: `新建成蔬菜大棚320个` → 蔬菜大棚, `建设湖羊养殖基地6个` → 湖羊养殖基地 (not
 * `建设项目`, `建设用地`: things a build verb names). 新建 defines what is counted and stays (`新建5G基站`: the new ones),
 * except before things only ever counted as built (`新建高标准农田8000万亩` → 高标准农田). For a
 * rate or share the verb belongs to the subject (`新建项目对工业增长贡献率`), so it stays; so does a chain of actions
 * (`新建改扩建义务教育学校19所` counts schools built or rebuilt, not schools; `建成和在建高速公路里程` the roads built
 * and being built).
 */
export const buildAction: Rule = {
  name: 'build-action',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (d.kind !== 'count' && d.kind !== 'amount') continue
      const verb = BUILD_ACTIONS.find((w) => d.label.startsWith(w) && d.label.length > w.length + 1 && !cutsAWord(d.label, w))
      if (!verb) continue
      const rest = d.label.slice(verb.length)
      // 建设改造高标准农田, 新建改造提升高标准农田: a chain of building actions before things only counted as built goes whole.
      const built = BUILT_WITHOUT_ITS_VERB.find((w) => rest.endsWith(w) && ACTION_CHAIN.test(rest.slice(0, -w.length)))
      if (built) {
        d.label = built
        continue
      }
      if (DEFINING_BUILD_ACTIONS.includes(verb) && !BUILT_WITHOUT_ITS_VERB.some((w) => rest.startsWith(w))) continue
      // 建成和在建高速公路里程: a chain; 新建和美乡村: 和美 is a word, not a 和.
      const chained = CHAINED_ACTIONS.some((w) => rest.startsWith(w)) && !WORDS_LIKE_OPENERS.some((w) => rest.startsWith(w))
      if (!chained && !NOUNS_OPENED_BY_BUILD_VERB.some((n) => d.label.startsWith(n))) d.label = rest
    }
  },
}

import {
  BUILD_ACTIONS, BUILT_WITHOUT_ITS_VERB, CHAINED_ACTIONS, DEFINING_BUILD_ACTIONS, NOUNS_OPENED_BY_BUILD_VERB, WORDS_CUT_BY_BUILD_ACTIONS,
  WORKS_CHAINED_TO_NEW_BUILDING, WORKS_JOINED_TO_NEW_BUILDING, WORDS_LIKE_OPENERS,
} from '../words/labels'
import { COUNT_NAMING_BUILD_VERBS } from '../words/verbs'
import type { Rule } from './types'

/** Nothing but actions of building and those chained to them (`改造提升`, `和改造`), or nothing. */
const ACTION_CHAIN = new RegExp(`^(?:${[...BUILD_ACTIONS, ...CHAINED_ACTIONS].sort((a, b) => b.length - a.length).join('|')})*$`)

/** A text made only of building verbs chained together (`新建和改造提升`, `改造提升`): a verb, never a subject. */
export function isBuildChain(text: string): boolean {
  return text !== '' && ACTION_CHAIN.test(text)
}

/** 新建 and the works chained after it, joined by 和, 及, 与, 、 or nothing (`新建改建`, `新建和改造提升`, `新建、改扩建`). */
const NEW_BUILDING_CHAIN = `(?:${COUNT_NAMING_BUILD_VERBS.join('|')})(?:[和及与、]?(?:${WORKS_CHAINED_TO_NEW_BUILDING.join('|')}))+`
const CHAIN_AT_START = new RegExp(`^${NEW_BUILDING_CHAIN}`, 'u')
const CHAIN_AT_END = new RegExp(`${NEW_BUILDING_CHAIN}$`, 'u')

/** The chain of works opened by 新建 that `text` starts with (`新建扩建` of `新建扩建甲馆等`), or ''. */
export function newBuildingChainAtStart(text: string): string {
  return CHAIN_AT_START.exec(text)?.[0] ?? ''
}

/** The chain of works opened by 新建 that `text` ends with (`新建和改造` of `全年新建和改造`), or ''. */
export function newBuildingChainAtEnd(text: string): string {
  return CHAIN_AT_END.exec(text)?.[0] ?? ''
}

/**
 * Works joined by 和 to 新建 before them (`和改扩建`, `和改造提升`): the run of building verbs that a label's head drops
 * before a length or area (rules/clause.ts), as it always did; 改建 and 扩建 were never in it (新建和改建…公路 stays).
 */
const CONJOINED_WORKS = new RegExp(`^(?:[和及与](?:${WORKS_JOINED_TO_NEW_BUILDING.join('|')})+)+`, 'u')

/** The run of works joined by 和 at the start of rest (`和提升` of `和提升农村卫生户厕`), or ''. */
export function conjoinedWorks(rest: string): string {
  return CONJOINED_WORKS.exec(rest)?.[0] ?? ''
}

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
      if (DEFINING_BUILD_ACTIONS.includes(verb) && !BUILT_WITHOUT_ITS_VERB.some((w) => rest.startsWith(w))) {
        // 新建和改扩建农村公路864公里: before a length or area the label files split on the chain (kept 1, dropped 3), so
        // it goes there as it always did; before things counted it stays (kept 9 of 9).
        const chain = d.kind === 'amount' ? conjoinedWorks(rest) : ''
        if (chain) d.label = rest.slice(chain.length)
        continue
      }
      // 建成和在建高速公路里程: a chain; 新建和美乡村: 和美 is a word, not a 和.
      const chained = CHAINED_ACTIONS.some((w) => rest.startsWith(w)) && !WORDS_LIKE_OPENERS.some((w) => rest.startsWith(w))
      if (!chained && !NOUNS_OPENED_BY_BUILD_VERB.some((n) => d.label.startsWith(n))) d.label = rest
    }
  },
}

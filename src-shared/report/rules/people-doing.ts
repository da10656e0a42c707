import { DELIMS, cleanLabel, nounAfter } from './clause'
import { WORKS_ON_COUNTED } from '../words/verbs'
import type { Rule } from './types'

const PREDICATE_MAX = 12

/** The shortest noun after a count of households that names what they are (`市场主体`, `农村危房改造`). */
const NAMED_THINGS_MIN = 3

/**
 * Does a thing counted start at `at`: a noun of three characters or more, closed by a predicate (`市场主体受益`) or
 * ending in works done on it (`农村危房改造`, `农村改厕任务`)?
 */
function namesThings(norm: string, at: number): boolean {
  const noun = nounAfter(norm, at)
  if (!noun || noun.start !== at || noun.end - noun.start < NAMED_THINGS_MIN) return false
  const closedByPredicate = noun.end < norm.length && !DELIMS.has(norm[noun.end] as string) && norm[noun.end] !== '。'
  return closedByPredicate || WORKS_ON_COUNTED.some((w) => norm.endsWith(w, noun.end))
}

/** Nouns of people after a bare number (`8万市民`), longer first (`农民工` before `农民`). */
const PEOPLE = ['市民', '群众', '居民', '农民工', '农民', '人口', '职工', '学生', '人']

/** People in general: counted as 人数. */
const GENERAL_PEOPLE = ['人', '人口']

/** The next item of a list of people: `、近8万市民`. */
const NEXT_PEOPLE = new RegExp(`^、(?:近|约|超|超过)?[\\d.]+[万亿]?(?:人|名|户|${PEOPLE.join('|')})`)

/** What a count of people or households is named after its predicate. */
const COUNTED: Readonly<Record<string, string>> = { 人: '人数', 户: '户数', 人次: '人次' }

/**
 * People or households doing something, with no other subject: `近3亿人领取养老金` → 领取养老金人数,
 * `帮助120户356人实现稳定脱贫` → 稳定脱贫户数, 稳定脱贫人数, `使2.58万户、近8万市民直接受益` → 直接受益户数, 直接受益人数.
 */
export const peopleDoing: Rule = {
  name: 'people-doing',
  apply(st, ctx) {
    if (st.dropped || st.shape === 'from-to' || st.drafts.some((d) => d.label !== '')) return
    const { norm, original } = ctx
    const last = st.tokens[st.tokens.length - 1]
    // 使2.58万户、近8万市民直接受益: a bare magnitude before people counts people.
    const people = last && /^[万亿]+$/.test(last.unit) ? PEOPLE.find((w) => norm.startsWith(w, last.end)) : undefined
    // A named group keeps its name (`3700多万学生受益` → 受益学生); people in general are counted (`受益人数`).
    const named = people && !GENERAL_PEOPLE.includes(people) ? people : '人数'
    const counted = st.tokens.map((t) => (t === last && people ? named : COUNTED[t.unit.replace(/^[万亿]+/, '')]))
    if (counted.some((c) => c === undefined) || cleanLabel(st.pre.subject.replace(/^[使让]/, '')) !== '') return
    let end = (last?.end ?? 0) + (people?.length ?? 0)
    // 超5万户市场主体受益, 完成23万户农村危房改造: a thing named right after the count, before what became of it or as
    // the works done on it, is what is counted (rules/number-before-noun.ts); 8万户居民住进公租房 stays households doing
    // something (a name of two characters may be an adverb of the predicate: 直接受益).
    if (!people && namesThings(norm, end)) return
    // 使2.58万户、近8万市民直接受益: the people listed next share the predicate.
    if (norm[end] === '、') {
      const next = NEXT_PEOPLE.exec(norm.slice(end, end + PREDICATE_MAX))
      if (!next) return
      end += next[0].length
    }
    let k = end
    while (k < norm.length && k - end < PREDICATE_MAX && !DELIMS.has(norm[k] as string)) k++
    if (k === end || (k < norm.length && !DELIMS.has(norm[k] as string))) return
    const predicate = cleanLabel(original.slice(end, k)).replace(/了/g, '')
    if (predicate.length < 2) return
    st.drafts.forEach((d, i) => {
      d.label = `${predicate}${counted[i] as string}`
      d.labelSource = 'noun'
      d.quoteEnd = k
    })
  },
}

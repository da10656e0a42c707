import { DELIMS, cleanLabel } from './clause'
import type { Rule } from './types'

const PREDICATE_MAX = 12

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

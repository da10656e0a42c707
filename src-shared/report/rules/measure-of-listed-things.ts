import type { Rule } from './types'

/** What the things counted added, each (`新增学位`, `增加床位`, `提供就业岗位`): a verb of adding and what was added. */
const ADDITION = /^(?:新增|增加|净增|提供|带动)\p{Script=Han}{2,6}$/u

/** The longest opening all the labels share (`新（改、扩）建`), or ''. */
function sharedOpening(labels: readonly string[]): string {
  const [first, ...rest] = labels
  if (first === undefined) return ''
  let n = 0
  while (n < first.length && rest.every((l) => l[n] === first[n])) n++
  return first.slice(0, n)
}

/**
 * `新（改、扩）建幼儿园45所、义务教育阶段学校19所、普通高中2所，分别新增学位1.8万个、2.2万个、3500个`: a measure after 分别 with
 * as many values as the things just counted is each thing's (幼儿园新增学位, …), the deed they share left out; alone it would
 * read as three totals of the same measure.
 */
export const measureOfListedThings: Rule = {
  name: 'measure-of-listed-things',
  apply(st, ctx) {
    const n = st.drafts.length
    // (Each item of a 、 series is a statement of its own: the last n figures of the sentence.)
    const before = ctx.sentence.figures.slice(-n)
    if (st.dropped || n < 2 || before.length !== n || !/^分别/u.test(ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? st.clauseStart))) return
    const measure = st.drafts[0]?.label ?? ''
    if (!ADDITION.test(measure) || st.drafts.some((d) => d.label !== measure || d.token.cls !== 'count') || before.some((d) => d.label.includes(measure) || d.kind !== 'count')) return
    if (new Set(before.map((d) => d.label)).size !== n) return
    const deed = sharedOpening(before.map((d) => d.label))
    st.drafts.forEach((d, k) => {
      const thing = (before[k] as (typeof before)[number]).label.slice(deed.length)
      if (thing.length >= 2) d.label = thing + measure
    })
  },
}

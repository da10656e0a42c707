import { WORK_VERB_PARTS, WORKS_VERBS } from '../words/verbs'
import type { Rule } from './types'

const LONGEST_FIRST = [...WORKS_VERBS].sort((a, b) => b.length - a.length)
const PARTS_LONGEST = [...WORK_VERB_PARTS].sort((a, b) => b.length - a.length)

/** What a label that opens with a verb of works counts (`开建保障性住房` → 保障性住房), or null. */
function objectOf(label: string): string | null {
  const verb = LONGEST_FIRST.find((v) => label.startsWith(v) && label.length > v.length + 1)
  let object = verb ? label.slice(verb.length) : ''
  // 开工建设保障房, 新建改造农村公路: the verbs of works chained after the first are the first item's deed, not its things.
  for (let more = PARTS_LONGEST.find((v) => object.startsWith(v) && object.length > v.length + 1); more; more = PARTS_LONGEST.find((v) => object.startsWith(v) && object.length > v.length + 1)) {
    object = object.slice(more.length)
  }
  // 续建重大项目开工: a label that ends with a verb too is read by project-events.
  return object !== '' && !WORKS_VERBS.some((v) => object.endsWith(v)) ? object : null
}

/**
 * `开建保障性住房2.8万套、在建6.25万套、推出1.97万套`: an item of a 、 series that is only a verb before its figure
 * counts the same things as the item before, at another stage (在建保障性住房, 推出保障性住房); read alone, 在建 would
 * name nothing, and the next item would borrow it. Only after an item that opens with such a verb and names its things.
 */
export const verbItem: Rule = {
  name: 'verb-item',
  apply(st, ctx) {
    if (st.dropped || !st.afterListComma) return
    const first = st.tokens[0]
    const before = ctx.sentence.previousStatement?.drafts.at(-1)
    if (!first || !before || before.label === '') return
    const opening = ctx.norm.slice(st.clauseStart, first.start).replace(/^[、\s]+/u, '').trim()
    if (!WORKS_VERBS.includes(opening)) return
    const object = objectOf(before.label)
    if (!object) return
    for (const d of st.drafts) {
      if (d.label !== '' && d.label !== opening) continue
      d.label = opening + object
      d.labelSource = 'context'
    }
  },
}

import { BARE_THROUGHPUTS, HUBS_OWNING_A_THROUGHPUT, MEASURES_OWNED_BACK } from '../words/labels'
import { DELIMS } from './clause'
import type { Rule } from './types'

/**
 * A measure alone whose owner the sentence named before it, in another clause and not as a measure of its own: `粮食稳产
 * 丰收，产量达到555亿斤` → 粮食产量, `加快生猪复产增养，年出栏500万头` → 生猪出栏. Only measures whose owners are
 * things of one kind (words/labels.ts: produce, livestock), so the nearest such thing before the figure is its owner.
 */
export const ownerBack: Rule = {
  name: 'owner-back',
  apply(st, ctx) {
    if (st.dropped) return
    const before = ctx.norm.slice(ctx.sentence.start, st.clauseStart)
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' && d.labelSource !== 'noun') continue
      if (BARE_THROUGHPUTS.includes(d.label)) {
        const hub = hubNamed(before)
        if (hub) {
          d.label = hub + d.label
          d.labelSource = 'context'
        }
        continue
      }
      const kind = MEASURES_OWNED_BACK.find((k) => k.measures.includes(d.label))
      if (!kind) continue
      const owner = nearest(before, kind.owners)
      if (!owner) continue
      const measure = kind.dropped && d.label.startsWith(kind.dropped) ? d.label.slice(kind.dropped.length) : d.label
      // (The figure's own subject, completed: the clauses after it read on from it, `产量达到555亿斤，增长2.1%`.)
      d.label = owner + measure
    }
  },
}

/** The shortest name of a hub (`黄金` before 机场). */
const HUB_NAME_MIN = 2
const HUB_NAME = new RegExp(`(?:^|[${[...DELIMS].join('')}])(\\p{Script=Han}{${HUB_NAME_MIN},8}?(?:${HUBS_OWNING_A_THROUGHPUT.join('|')}))`, 'gu')

/**
 * The last hub named at the head of a clause of text (`赣州国际陆港…`; not the 内陆港 inside `进入全国内陆港…`, which
 * no clause opens with), or ''.
 */
function hubNamed(text: string): string {
  let name = ''
  for (const m of text.matchAll(HUB_NAME)) name = m[1] as string
  return name
}

/** The word of words that ends last in text (the longest ending there: 肉牛, not 牛), or ''. */
function nearest(text: string, words: readonly string[]): string {
  let best = ''
  let end = -1
  for (const w of words) {
    const i = text.lastIndexOf(w)
    if (i < 0) continue
    if (i + w.length > end || (i + w.length === end && w.length > best.length)) {
      best = w
      end = i + w.length
    }
  }
  return best
}

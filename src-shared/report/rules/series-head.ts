import { CONTRACTED_PAIRS } from '../words/labels'
import { NAMED_PORT_OPENING } from '../words/places'
import { itemBefore } from './carry-subject'
import { PART_OPENING } from './owner-before'
import type { Rule } from './types'

/** A rate named by two characters and 率 alone (`公办率`): it names no thing of its own. */
const BARE_RATE = /^\p{Script=Han}{2}率$/u

/**
 * Owners that open a label and own a series of measures after it: levels of government (`市县`) and parts of the
 * place (`某某国际机场`). Not 城镇/农村/城市: those set one figure against the next (城市棚户区…、国有工矿棚户区…).
 */
function headOf(label: string): { head: string; part: boolean } | null {
  const pair = CONTRACTED_PAIRS.find((p) => p.opens && label.startsWith(p.pair))
  if (pair) return { head: pair.pair, part: false }
  const part = PART_OPENING.exec(label)?.[0]
  return part ? { head: part, part: true } : null
}

/**
 * `高新区地区生产总值增长8%、进出口总额增长12%`: a figure listed right after one whose label opens with a part of the
 * place is that part's too (高新区进出口总额, never the place's indicator); after a level of government (`市县污水处理率
 * 95%、垃圾处理率…`), only a measure of the same kind is. Only right after the figure, across a 、, and only when the
 * later clause opens with its label (no scope of its own, such as 全市), and the item names no owner of its own (a part of
 * the place, a port named by its place: `机场旅客吞吐量…、福州港集装箱吞吐量…`).
 */
export const seriesHead: Rule = {
  name: 'series-head',
  apply(st, ctx) {
    if (st.dropped) return
    const before = itemBefore(st, ctx)
    if (!before || before.label === '') return
    // 城镇化率达到60%、市辖区达到68%: a rate whose item names only a part of the place is the rate the item before
    // measured, in that part.
    for (const d of st.drafts) {
      const rate = d.token.cls === 'pct' && before.token.cls === 'pct' && /率$/u.test(before.label)
      if (rate && d.labelSource === 'subject' && PART_OPENING.exec(d.label)?.[0] === d.label && headOf(before.label) === null) {
        d.label += before.label
      }
    }
    // 学前三年普惠率94%、公办率60%: a bare rate as long as the rate ending the item before is that item's, of its head.
    for (const d of st.drafts) {
      const parallel = d.labelSource === 'subject' && BARE_RATE.test(d.label) && before.label.length > d.label.length + 1
      if (parallel && BARE_RATE.test(before.label.slice(-d.label.length)) && d.token.cls === 'pct' && before.token.cls === 'pct') {
        d.label = before.label.slice(0, -d.label.length) + d.label
      }
    }
    const owner = headOf(before.label)
    if (!owner || before.label.length <= owner.head.length + 1) return
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' || d.label.length < 2 || headOf(d.label) !== null || NAMED_PORT_OPENING.test(d.label)) continue
      if (!ctx.norm.startsWith(d.label, st.clauseStart)) continue
      // A level of government owns measures of one kind (the same last character: 率/率); a part of the place, any.
      if (!owner.part && d.label.slice(-1) !== before.label.slice(-1)) continue
      d.label = owner.head + d.label
    }
  },
}

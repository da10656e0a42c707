import { RECEPTION_WORDS, VISITOR_COUNT_ENDS, VISITOR_COUNT_LEADS } from '../words/labels'
import type { Rule } from './types'

/** A reception's revenue at a label's end (`旅游接待总收入`, `接待游客总收入`), with what comes before it. */
const RECEPTION_REVENUE = new RegExp(
  `^(.*?)(?:${RECEPTION_WORDS.join('|')}|(?:${VISITOR_COUNT_LEADS.join('|')})[\\u4e00-\\u9fff]{0,6}?(?:${VISITOR_COUNT_ENDS.join('|')}))(总收入|收入)$`,
  'u',
)

/**
 * `旅游接待人次和总收入分别增长12.5%、17.1%`, `全年接待游客2315万人次、总收入330亿元`, `接待国内外游客…，总收入…`: the revenue completed with the
 * words of the count before it is tourism's revenue (旅游总收入), not a revenue of receiving.
 */
export const receptionRevenue: Rule = {
  name: 'reception-revenue',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) {
      const m = RECEPTION_REVENUE.exec(d.label)
      if (!m) continue
      const before = (m[1] as string).replace(/旅游业?$/u, '')
      d.label = `${before}旅游${m[2] as string}`
    }
  },
}

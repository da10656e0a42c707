import { FALL_WORDS, WHOLES_KEEPING_THEIR_RATE } from '../words/labels'
import { VERBS } from '../words/verbs'
import type { Rule } from './types'

const MEASURE_OF_GROWTH = /(平均)?(增速|增幅|涨幅|增长率|上涨幅度|增长幅度)$/
/** The size of a fall (`PM2.5平均浓度降幅近40%`): the indicator fell by the figure. */
const MEASURE_OF_FALL = new RegExp(`(平均)?(${FALL_WORDS.join('|')})$`)
/** A verb of falling before what fell (`减少乡镇126个、减幅43%`): the fall is the things'; the verb says it already. */
const FALL_VERB = new RegExp(`^(?:${VERBS.filter(([w, role]) => role === 'down' && w.length > 1).map(([w]) => w).join('|')})`)

/**
 * A growth figure's label names the indicator, not its rate: `规模以上工业增加值增速完成9.7%` → 规模以上工业增加值,
 * `居民消费价格涨幅3%左右` → 居民消费价格 (the kind already says it is a rate). A rank keeps it
 * (`地区生产总值增速居全国第2位`), and so does a whole too general to be an indicator alone (`经济增速`, `物价涨幅`). The size of a fall is the indicator's fall (`…浓度降幅近40%` → …浓度, −40).
 */
export const growthWords: Rule = {
  name: 'growth-words',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (d.kind !== 'growth') continue
      const fall = MEASURE_OF_FALL.exec(d.label)
      if (fall) {
        d.value = -Math.abs(d.value)
        const bare = d.label.slice(0, fall.index).replace(FALL_VERB, '')
        if (bare.length >= 2) d.label = bare
        continue
      }
      // 经济增长4.5%—5%: with the verb read off, 经济 alone names nothing on a slide; the growth is named as written.
      if (d.label === '经济') {
        d.label = '经济增长'
        continue
      }
      const bare = d.label.replace(MEASURE_OF_GROWTH, '')
      // 经济增速, 物价涨幅: 经济 or 物价 alone names no indicator, so the rate stays.
      if (WHOLES_KEEPING_THEIR_RATE.includes(bare)) continue
      if (bare.length >= 2 && bare !== d.label) {
        d.rate = d.label.slice(bare.length)
        d.label = bare
      }
    }
  },
}

import type { Rule } from './types'

const MEASURE_OF_GROWTH = /(增速|增幅|涨幅|增长率)$/

/**
 * A growth figure's label names the indicator, not its rate: `规模以上工业增加值增速完成9.7%` → 规模以上工业增加值,
 * `居民消费价格涨幅3%左右` → 居民消费价格 (the kind already says it is a rate). A rank keeps it
 * (`地区生产总值增速居全国第2位`).
 */
export const growthWords: Rule = {
  name: 'growth-words',
  apply(st) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (d.kind !== 'growth') continue
      const bare = d.label.replace(MEASURE_OF_GROWTH, '')
      if (bare.length >= 2 && bare !== d.label) {
        d.rate = d.label.slice(bare.length)
        d.label = bare
      }
    }
  },
}

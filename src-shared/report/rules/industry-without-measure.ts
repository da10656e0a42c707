import type { Draft, Rule } from './types'

/** An industry named alone (`光伏新能源产业`, `数字经济产业`); not the three sectors (第一/二/三产业), which the indicators own. */
const INDUSTRY_ALONE = /^(?!.*第[一二三]产业$).{2,}产业$/u

/** Measures of money an industry is sized by, as they end the label of a figure before (`文旅产业营业收入`). */
const MONEY_MEASURES_OF_INDUSTRY: readonly string[] = ['主营业务收入', '营业收入', '总收入', '总产值', '增加值', '产值', '营收', '收入', '规模']

/** The measure ending a label that names an industry then how it is sized (`…产业营业收入` → 营业收入), or null. */
function measureOfIndustry(label: string): { industry: string; measure: string } | null {
  const measure = MONEY_MEASURES_OF_INDUSTRY.find((m) => label.endsWith(m))
  if (!measure) return null
  const industry = label.slice(0, -measure.length)
  return INDUSTRY_ALONE.test(industry) ? { industry, measure } : null
}

/**
 * `光伏新能源产业突破1500亿元`: an amount of money owned by an industry named alone says not what is measured (its output
 * value? its revenue? its value added?). When a figure before in the sentence sized the same industry by a measure
 * (`数字经济产业营业收入增长12%，…数字经济产业达到300亿元`), the amount is that measure; otherwise a person checks it.
 */
export const industryWithoutMeasure: Rule = {
  name: 'industry-without-measure',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (d.token.cls !== 'money' || d.kind !== 'amount' || !INDUSTRY_ALONE.test(d.label)) continue
      const measure = sameIndustryMeasured(d.label, ctx.sentence.figures)
      if (measure) d.label += measure
      else d.reasons.add('label-vague')
    }
  },
}

function sameIndustryMeasured(industry: string, before: readonly Draft[]): string | null {
  for (let k = before.length - 1; k >= 0; k--) {
    const sized = measureOfIndustry((before[k] as Draft).label)
    if (sized && sized.industry === industry) return sized.measure
  }
  return null
}

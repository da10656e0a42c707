import { EACH_ADVERBS, MODAL_ADVERBS } from '../words/labels'
import type { Rule } from './types'

const AREA = '全国|全省|全区|全市|全州|全县'
/**
 * A comparison with wider areas right before the figure: `高于全区`, `比全国平均水平高`, `快于全省`, `超过全国平均水平` (超过
 * with an area it passes; alone it is a bound), and a list of
 * them paired with a list of values (`分别高于全国、全省0.7个和0.6个百分点`).
 */
const GAP = new RegExp(
  `(?:分别)?(高于|低于|快于|慢于|高出|超出|超过|领先|优于|好于|比)((?:${AREA})(?:[、和及与](?:${AREA}))*)(平均水平|平均)?(增速|增幅)?(高|低|快|慢)?$`,
)
/**
 * A gap in percentage points to any other reference (`高于国家标准`, `快于城镇居民`, `高于规上工业`): the gap of the
 * figure before, or of the subject before the comparison (`农村居民收入增速快于城镇居民2个百分点` → 农村居民收入增速).
 * A year is a reference too: the growth of that year (`增长4%，快于2024年1.8个百分点`).
 * The same groups as GAP; the reference has no 、 list.
 */
const REFERENCE_GAP = /(?:分别)?(高于|低于|快于|慢于|高出|超出|优于|好于)(\d{4}年(?:同期|全年)?|(?:[^\d,，;；。:：、于]|\d{1,3}个){2,16}?)()()()$/u
const ADVERB_AT_END = new RegExp(`(?<=..)(?:${[...MODAL_ADVERBS, ...EACH_ADVERBS].join('|')})$`, 'u')
/** A comparison that says the figure is below the area's: the gap is negative. */
const BELOW = /^(低于|慢于)$|^(低|慢)$/
/** A clause that names only the rate it compares (`增速高于全省2.2个百分点`): the rate of the figure before. */
const RATE_ONLY = /^(年均)?(增速|增幅|涨幅|增长率)$/
const RATE_END = /(增速|增幅|涨幅|增长率)$/

/**
 * The gap to a wider area is a change of the figure it follows, labelled as that figure (LABELLING.md's house
 * style: every gap of the label files is labelled so): `工业用电量增长22.7%，高于全区9.6个百分点` → 工业用电量 +9.6
 * 个百分点; the rate word only when the text writes it (`增速高于全省2.2个百分点` → 进出口总额增速). A gap below
 * the area's is negative (`失业率2.1%，低于全国0.5个百分点` → 失业率 −0.5). With a list of areas each value is one gap.
 * Each gap keeps its comparison as written (`高于全区`), so it never reads as a change over time.
 */
export const comparisonGap: Rule = {
  name: 'comparison-gap',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first || (first.cls !== 'ppt' && first.cls !== 'pct')) return
    // A list of areas runs over 、: read from the list's start then.
    const own = ctx.norm.slice(st.clauseStart, first.start)
    const list = ctx.norm.slice(st.listStart, first.start)
    const text = GAP.test(own) || (first.cls === 'ppt' && REFERENCE_GAP.test(own)) ? own : list
    const gap = GAP.exec(text) ?? (first.cls === 'ppt' && text === own ? REFERENCE_GAP.exec(own) : null)
    if (!gap) return
    const [whole, verb = '', areas = '', , areaRate, direction = ''] = gap
    // 增速分别高于全国、全省…, 高于全省增速…: the rate the clause writes.
    const head = text.slice(0, gap.index).trim()
    const writtenRate = RATE_ONLY.exec(head)?.[0] ?? areaRate ?? ''
    // 生产总值年均增速高于全国…: the rate the clause's own subject ends with stays in its label.
    const ownRate = /(年均)?(增速|增幅|涨幅|增长率)$/.exec(head)?.[0] ?? ''
    const below = BELOW.test(verb === '比' ? direction : verb)
    // The comparison as written, for each value: 分别高于全国、全省0.9个和0.4个百分点 → 高于全国, 高于全省.
    const written = whole.replace(/^分别/u, '')
    const areaList = areas.split(/[、和及与]/u)
    const gapWords = (k: number): string =>
      areaList.length > 1 && areaList.length === st.drafts.length ? written.replace(areas, areaList[k] as string) : written
    const previous = ctx.sentence.previous
    // 分别增长3.1%、3%、3.9%，高于全省1.8个、0.2个和0.1个百分点: one area, as many gaps as growths before, in order.
    const paired = st.drafts.length > 1 && previous.length === st.drafts.length && !/[、和及与]/.test(areas)
    // GDP、财政总收入增幅低于预期目标0.5和1.3个百分点: the comparison was read into the last item of a list of subjects;
    // each item's gap is its own, with the rate the list ends with.
    const glued = st.drafts.some((d) => (d.labelSource === 'list' || d.labelSource === 'list-completed') && d.label.endsWith(whole) && d.label.length > whole.length)
    if (glued) {
      for (const d of st.drafts) {
        const item = d.label.endsWith(whole) ? d.label.slice(0, -whole.length).replace(ADVERB_AT_END, '') : d.label
        d.label = ownRate && !RATE_END.test(item) ? item + ownRate : item
        d.kind = 'change'
        d.gap = written
        if (below && d.value > 0) d.value = -d.value
      }
      return
    }
    st.drafts.forEach((d, k) => {
      const before = paired ? previous[k] : previous[previous.length - 1]
      // The label as the subject rule read it, with the comparison taken off its end.
      // (增速要高出…, 增速均高于…: the adverb before the comparison goes with it.)
      // (快于2024年: the subject rule read the comparison without its year, so the label is only part of it.)
      const named = whole.startsWith(d.label) ? '' : (d.label.endsWith(whole) ? d.label.slice(0, -whole.length) : d.label.replace(GAP, '')).replace(ADVERB_AT_END, '')
      // The clause names nothing but the comparison (`比全国平均水平高1.2个百分点`), or only a rate word: it is
      // about the figure before.
      const carried = d.labelSource === 'context' || d.labelSource === 'context-far' || named === '' || RATE_ONLY.test(named)
      const ownLabel = !carried && gap.index > 0 && d.labelSource === 'subject' && named !== ''
      const rate = RATE_ONLY.test(named) ? named : writtenRate
      const base = ownLabel ? (named.endsWith(ownRate) ? named : named + ownRate) : carried ? (paired || d.labelSource === 'subject' || !d.label ? (before?.label ?? '') : d.label) : ''
      if (!base) {
        // 增速要高出地区生产总值3个百分点: a rate with nothing named before it stays a rate, without the comparison, flagged.
        if (carried && named !== '' && d.labelSource === 'subject') {
          d.label = named
          d.kind = 'change'
          d.gap = gapWords(k)
          if (below && d.value > 0) d.value = -d.value
          d.reasons.add('label-vague')
        }
        return
      }
      d.label = carried && rate && !base.endsWith(rate) ? base + rate : base
      if (!ownLabel) d.labelSource = 'context'
      d.kind = 'change'
      d.gap = gapWords(k)
      if (below && d.value > 0) d.value = -d.value
      // The quote holds the whole comparison (`增速分别高于全国、全省0.7个和0.6个百分点`), not the last area on.
      if (text === list) d.quoteStart = Math.min(d.quoteStart, st.listStart)
      // …，排全省第3位 after the gap ranks the growth compared, with the rate word its text wrote, if any (rank.ts).
      d.rate = carried && before?.kind === 'growth' && !RATE_END.test(d.label) ? (before.rate ?? '') : ''
      // 两年平均增长5.7%，高于全国0.6个百分点: the gap of an average over years is over the same years.
      if (carried && before?.periodHint?.yearsBack !== undefined) d.periodHint = { ...d.periodHint, yearsBack: before.periodHint.yearsBack }
    })
  },
}

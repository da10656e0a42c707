import { datesItself } from '../period'
import { chineseNumeralValue } from '../words/numerals'
import { PLAN_NAME_SOURCE, planSpanIn } from '../words/periods'
import type { Rule, RuleContext, Statement } from './types'

const BASE_YEAR = /(?:比|较|是)(\d{4})年(?:同期|底|末)?(?:的)?/
/** 分别为2015年的1.38倍: a multiple of a base year's level, right before the figure. */
const MULTIPLE_OF_BASE = /(?:为|相当于)(\d{4})年(?:同期|底|末)?的$/
const YEARS_BACK = /(?:比|较)([\d一二三四五六七八九十两]+)年前/
/** `5年增长6倍`, `三年翻一番`: a change over the N years up to the one the clause is about. */
const YEARS_OF_CHANGE = /^([\d一二三四五六七八九十两]+)年(?:来|间)?(?:累计)?(?:增长|提高|增加|翻|下降|减少|降低)/
/** `三年翻一番`: the years before a doubling, whose token holds its verb (翻). */
const YEARS_BEFORE_A_DOUBLING = /(?<![\d一二三四五六七八九十两]|提前|早)(\d{1,2}|[一二三四五六七八九十两]{1,3})年(?:来|间)?(?:累计)?(?:实现)?了?$/u
/**
 * `连续四年增长超过20%`, `连续两年降幅超过40%`: a streak over the N years up to the one the clause is about (the figure
 * holds in each of them).
 */
const STREAK = /连续([\d一二三四五六七八九十两]{1,3})年(?![前后内间来度])[^,;:。]*$/u
/** `两年平均增长5.7%`, `近三年年均增长8%`: the yearly average of the N years up to the one the clause is about. */
const YEARS_AVERAGE = /^近?([\d一二三四五六七八九十两]+)年(?:平均|年均)(?:增长|增速|增幅|提高|下降|降低)/

function chineseOrArabic(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : chineseNumeralValue(s)
}

const BASE_PLAN_END = new RegExp(`(?:比|较|由|从)“?${PLAN_NAME_SOURCE}”?(?:末|期末)(的)?$`)

/**
 * A comparison with a base dates the figure: `比2010年增加13480元` and `较2020年提高约14个百分点` cover the years
 * after the base (2011-…), and so does the average that follows (`，年均递增12.2%`); `较“十三五”末的9323.1亿元` is the level at the end of that plan (2020), and the level
 * the sentence gave just before it is the level at the end of the change.
 */
export const comparisonBase: Rule = {
  name: 'comparison-base',
  apply(st, ctx) {
    if (st.dropped || st.shape === 'from-to') return
    const first = st.tokens[0]
    if (!first) return
    const before = ctx.norm.slice(st.clauseStart, first.start)
    carryLevel(st, ctx, before)
    const planEnd = BASE_PLAN_END.exec(before)
    if (planEnd) {
      for (const d of st.drafts) d.periodHint = { ...d.periodHint, planEnd: planEndYear(planEnd[0]) }
      // `达到13697.5亿元，较“十三五”末的9323.1亿元…`: the level before is the end of the change.
      for (const d of ctx.sentence.previous) {
        if (d.token.unit === first.unit && !datesItself(d.periodHint)) d.periodHint = { ...d.periodHint, role: 'to' }
      }
      return
    }
    const base = BASE_YEAR.exec(before) ?? (first.cls === 'times' ? MULTIPLE_OF_BASE.exec(before) : null)
    if (base) {
      const multiple = first.cls === 'times' && /^(?:是|为|相当于)/.test(base[0])
      for (const d of st.drafts) d.periodHint = { ...d.periodHint, base: Number(base[1]), ...(multiple ? { multiple } : {}) }
      return
    }
    // 较3年前增长44%: the years since then; 5年增长6倍: the years the change took.
    const average = first.cls === 'pct' ? YEARS_AVERAGE.exec(before) : null
    const doubling = first.cls === 'times' && (first.written ?? '').startsWith('翻') ? YEARS_BEFORE_A_DOUBLING.exec(before) : null
    const streak = first.cls === 'pct' ? STREAK.exec(before) : null
    const back = average ?? doubling ?? streak ?? YEARS_BACK.exec(before) ?? (first.cls === 'times' || first.cls === 'pct' ? YEARS_OF_CHANGE.exec(before) : null)
    const years = back ? chineseOrArabic(back[1] as string) : null
    if (years !== null && years >= (average ? 2 : 1) && years <= 20) {
      for (const d of st.drafts) d.periodHint = { ...d.periodHint, yearsBack: years, ...(back === streak ? { streak: true } : {}) }
      if (average) st.pre.yearly = true
      return
    }
    // 由2015年的94.9亿元增加到170亿元，增长79.1%: a bare change after a change of levels is over the same years.
    const fromYear = changeJustWritten(st, ctx, before)
    if (fromYear !== undefined) {
      for (const d of st.drafts) d.periodHint = { ...d.periodHint, base: fromYear }
      return
    }
    // 比2010年增加13480元，年均递增12.2%: an average over the same years.
    const earlier = ctx.sentence.previous.find((d) => d.periodHint?.base !== undefined)
    if (st.pre.yearly && earlier?.periodHint?.base !== undefined) {
      for (const d of st.drafts) d.periodHint = { ...d.periodHint, base: earlier.periodHint.base }
    }
  },
}

/** A clause that is only a change in percent (`增长79.1%`, `，共增长45.9%`). */
const BARE_CHANGE = /^(?:共|累计|总计)?(?:增长|提高|增加|下降|减少|降低)$/

/**
 * The first year of a change of levels just written (`由2015年的X增加到Y`), when the clause is only a change in percent
 * of the same thing after it: that change is over the same years, from the year after the first one on.
 */
function changeJustWritten(st: Statement, ctx: RuleContext, before: string): number | undefined {
  if (st.tokens[0]?.cls !== 'pct' || !BARE_CHANGE.test(before)) return undefined
  const previous = ctx.sentence.previous
  const to = previous[previous.length - 1]
  const from = previous[previous.length - 2]
  if (to?.periodHint?.role !== 'to' || from?.periodHint?.role !== 'from' || from.periodHint.year === undefined) return undefined
  return from.periodHint.year
}

/**
 * A clause that opens with its base and names nothing else: `比2010年增加126亿斤`, `较上年增加5家`, `比“十三五”末净增
 * 300家`.
 */
const BASE_ONLY = new RegExp(
  `^(?:比|较)(?:\\d{4}年(?:同期|底|末)?|上年同期|去年同期|上年|去年|“?${PLAN_NAME_SOURCE}”?(?:末|期末))(?:净增|净减|增加|增长|减少|下降|提高|多|少|增|减)?$`,
)

/** A net change closing a base (`比上年净增`), which names the figure with the things changed. */
const NET_CHANGE_AT_END = /净(?:增|减)$/
/** A total's word at the end of a level's label (`市场主体总数`): the things without it. */
const TOTAL_AT_END = /(?<=..)(?:总数|总量|数量)$/

/**
 * 总产达到1213亿斤，比2010年增加126亿斤: a change written after a level, in its unit, with nothing but its base, is
 * the change of that level, whatever its name (a vague one stays flagged).
 */
function carryLevel(st: Statement, ctx: RuleContext, before: string): void {
  const level = ctx.sentence.previous[ctx.sentence.previous.length - 1]
  if (!level?.label || !BASE_ONLY.test(before)) return
  for (const d of st.drafts) {
    // (A label that is only the base and its verb, `比十三五末净增`, was read from those words: it names nothing.)
    if ((d.label !== '' && !BASE_ONLY.test(d.label)) || d.token.unit !== level.token.unit) continue
    // 比“十三五”末净增208家: a net addition names itself after the things (规模以上工业企业净增, 市场主体净增), not their total.
    const net = NET_CHANGE_AT_END.exec(before)
    d.label = net ? level.label.replace(TOTAL_AT_END, '') + net[0] : level.label
    d.labelSource = 'context'
    if (level.reasons.has('label-vague')) d.reasons.add('label-vague')
  }
}

function planEndYear(name: string): number {
  return planSpanIn(name)?.[1] ?? 0
}

import type { MetricKind } from '../../schemas/report'
import { BREADTH_ENDINGS, DURATION_ENDINGS, FALL_WORDS, GROWTH_WORDS, MONEY_NOUN_ENDINGS, PRICE_INDEX_ENDINGS, PRICE_WORDS, SHARE_WORDS } from '../words/labels'
import type { Draft, Rule, Statement } from './types'
import { ZERO_GROWTH } from '../words/numerals'
import { LEADING_ADDITIONS } from '../words/verbs'
import { indicatorOf, isMoneyIndicator } from '../indicators'

/** A magnitude written alone as the unit (`10万`, `5亿`): what it counts is the label's business. */
const BARE_MAGNITUDES: readonly string[] = ['万', '亿']

/**
 * What kind of figure, from its unit, its verb and its label:
 *   个百分点 → change; 倍, 翻番 → growth; money and physical units → amount; counted things → count; ranks → rank;
 *   % → growth after a verb of change (`增长5%`, `下降1.2%`) or under a label of growth or price
 *       (`增速`, `涨幅`, `居民消费价格`, `经济增长预期目标`), else a share (`比重`, `覆盖率`, `达到48%`).
 * A fall (`下降`, `减少`, `压减`) makes the value negative, except when the verb reaches a level (`下降至15%`) or
 * stands before the amount or count it cuts (`压减粗钢产能27万吨` → 压减粗钢产能 27).
 * A % figure that only aspires after a growth (`增长6.5%左右，力争7%`) is growth too.
 */
/** A figure below its own past, with no verb but 低/少 (`比去年预算低0.4个百分点`, `比上年低0.2个百分点`): a fall. */
const BELOW_ITS_OWN_PAST = /^(?:比|较)(?:上年|去年)(?:同期|(?:年初)?预算)?(?:低|少)$/u

/** A growth named right after a % figure (`15%以上增长`, `10%左右的较快增长`, `8%的增速`). */
const GROWTH_NAMED_AFTER = /^(?:以上|左右|以内|多)?的?(?:较快|快速|高速|稳定|平稳|稳步)?(?:增长|增速)(?![到至为])/u

/** A label that names a share itself (`比重`, `覆盖率`, `…占…`): a % of it is the share, whatever follows. */
function isShareLabel(label: string): boolean {
  return label.includes('占') || SHARE_WORDS.some((w) => label.endsWith(w))
}

export const kind: Rule = {
  name: 'kind',
  apply(st, ctx) {
    if (st.dropped) return
    const pre = st.shape === 'list' && st.listPre.respectively ? st.listPre : st.pre
    const role = pre.verb
    for (const d of st.drafts) {
      if (d.kind === null) d.kind = kindOf(d, st, ctx.sentence.previous)
      // 贷款连续12个月保持15%以上增长, 收入实现10%左右的较快增长: the growth is named after the figure.
      if (d.kind === 'share' && d.token.cls === 'pct' && !isShareLabel(d.label) && GROWTH_NAMED_AFTER.test(ctx.norm.slice(d.token.end, d.token.end + 12))) {
        d.kind = 'growth'
        d.reasons.delete('kind-guessed')
      }
      const falls = role === 'down' || (role === 'less' && !pre.comparison) || (role === null && BELOW_ITS_OWN_PAST.test(pre.subject))
      // 压减粗钢产能27万吨, 降低企业成本9.5亿元: the amount cut is the figure, and the verb says what it is.
      // 增加学位1.5万个 likewise: the places added are counted, not all places (LEADING_ADDITIONS; counts only).
      const adds = pre.verbWord !== null && LEADING_ADDITIONS.includes(pre.verbWord) && d.kind === 'count'
      if ((falls || adds) && pre.verbLeads && pre.verbWord && (d.kind === 'amount' || d.kind === 'count')) {
        if (!d.label.startsWith(pre.verbWord)) d.label = pre.verbWord + d.label
        continue
      }
      // (A change's ends are levels, or growths the change itself signs: `由上年下降2.3%转为增长8.5%`.)
      if (falls && d.kind !== 'rank' && d.value > 0 && st.shape !== 'from-to') d.value = -d.value
    }
  },
}

function kindOf(d: Draft, st: Statement, previous: readonly Draft[]): MetricKind {
  const cls = d.token.cls
  const role = (st.shape === 'list' && st.listPre.respectively ? st.listPre : st.pre).verb
  switch (cls) {
    case 'rank':
      return 'rank'
    case 'ppt':
      return 'change'
    case 'times':
      return 'growth'
    case 'money':
      return 'amount'
    case 'measure':
      // 人均预期寿命提高1岁: a rise of a level counted in years of age is a change of it, as 提高2个百分点 (every label file).
      // 平均受教育年限提高0.3年 likewise: a rise of a level counted in years.
      return (d.token.unit === '岁' || (d.token.unit === '年' && d.label.endsWith('年限'))) && (role === 'up' || role === 'down') ? 'change' : 'amount'
    case 'count':
      // 排名由369位上升到235位: places in a ranking; 排名提升6位: a change of places
      if (d.token.unit === '位' && /(排名|位次|排位)$/.test(d.label)) return role === 'up' || role === 'down' ? 'change' : 'rank'
      // 人均生产总值破10万, 一般公共预算收入超5亿: a bare magnitude of an indicator counted in money is an amount of it.
      if (BARE_MAGNITUDES.includes(d.token.unit) && isMoneyIndicator(indicatorOf(d.label))) return 'amount'
      // 用好100亿县域产业发展引导基金: a bare magnitude before a fund, a bond or a loan is money.
      if (BARE_MAGNITUDES.includes(d.token.unit) && MONEY_NOUN_ENDINGS.some((w) => d.label.endsWith(w))) return 'amount'
      // 企业开办时间压缩到1天以内: the days a service takes are an amount of time, as 个工作日 (not 优良天数 counted).
      if (d.token.unit === '天' && DURATION_ENDINGS.some((w) => d.label.endsWith(w))) return 'amount'
      return 'count'
    case 'ratio':
      return 'share'
    case 'pct':
      return pctKind(d, st, role, previous)
  }
}

function pctKind(d: Draft, st: Statement, role: Statement['pre']['verb'], previous: readonly Draft[]): MetricKind {
  if (role === 'up' || role === 'down' || role === 'more' || role === 'less') return 'growth'
  // 能耗零增长: the words say it is a growth (of 0 %).
  if (d.token.written === ZERO_GROWTH) return 'growth'
  const label = d.label
  // 居民消费价格指数控制在2.4%以内: the rise of a price index, though 指数 ends it
  if (PRICE_WORDS.some((w) => PRICE_INDEX_ENDINGS.some((e) => label === w + e))) return 'growth'
  // 单位生产总值能耗降低率达到7%: the size of a fall, though 率 ends it (a yearly one, 年均下降率, stays a rate as written)
  if (FALL_WORDS.some((w) => label.endsWith(w) && !label.endsWith('年均' + w))) return 'growth'
  if (label.includes('占') || SHARE_WORDS.some((w) => label.endsWith(w))) return 'share'
  // 工业行业增长面保持90%以上: the part of the sectors that grew, a share, though 增长 is in it
  if (BREADTH_ENDINGS.some((w) => label.endsWith(w))) return 'share'
  // 经济增长预期目标为6%左右: a growth target, whatever the verb
  if (GROWTH_WORDS.some((w) => label.includes(w)) || PRICE_WORDS.some((w) => label.startsWith(w) || label === w)) return 'growth'
  // 年均增速保持在5.5%左右: a yearly rate of change, whatever the verb
  if (st.pre.yearly) return 'growth'
  // 地区生产总值增长5.5%以上，争取达到6%: the higher aim of the growth just set, whatever the verb.
  const before = previous[previous.length - 1]
  if (st.pre.aspiration && before && before.kind === 'growth' && before.label === label) return 'growth'
  if (role === 'level') return 'share'
  d.reasons.add('kind-guessed')
  return 'share'
}

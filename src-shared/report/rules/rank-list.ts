import { EACH_ADVERBS, GROWTH_WORDS, MEASURES_OF_A_HEAD, OUTCOME_ENDINGS, SHARED_TAIL_OPENERS } from '../words/labels'
import { MEASURE_NAME_ENDINGS } from '../words/ranked-measures'
import { isGeneric } from './generic-label'
import { DEFINING_VERBS } from '../words/verbs'
import { completeItems, contractedPair, listItems } from './list-pairing'
import { rankOverList } from './rank-over-list'
import { withOwnerOfFamily } from './owner-of-family'
import { cleanLabel } from './clause'
import { joinedRanksAfter, respectiveVerbBefore } from './rank'
import type { Draft, Rule, RuleContext, Statement } from './types'

/** One of EACH_ADVERBS a few characters before the rank (`均居全省第`, `都名列第`; not the 均 of 平均分, 年均). */
const EACH_BEFORE_RANK = new RegExp(`(?<![平年人日])(${EACH_ADVERBS.join('|')})[^，,、；;。]{0,8}$`, 'u')
/** What a label holds from the adverb on, when the rank verb was not found (`…评估均首次跻身`). */
const FROM_EACH = new RegExp(`(?<![平年人日])(${EACH_ADVERBS.join('|')}).*$`, 'u')
/** Items listed with 、 before a clause, nothing else (no figure, no stop): `“中国好人”、`. */
const ITEMS_BEFORE = /^[^\d，,；;。：:]{2,24}、$/u
/** 分别 as far before the rank as a rank verb reaches (`分别位居中部非省会城市第`). */
const RESPECTIVELY_BEFORE_RANK = /分别[^，,、；;。]{0,16}$/u
/** A list joiner left inside an item: the list was not told apart (`门诊和患者满意率`). */
const JOINER = /[、和及与]/u

/**
 * `新增市场主体和企业数量`: a defining verb that heads the first item heads every item, and a measure that ends the
 * last one (数量, 余额) ends every item, when the others have none of their own.
 */
function completeRanked(items: string[]): string[] {
  const completed = completeItems(items)
  // (A rank carried over the list alone, 国家级绿色工业园区、绿色工厂建成数量, leaves the measure still to share.)
  const ranked = rankOverList(items, items)
  if (completed.some((c, k) => c !== ranked[k])) return completed
  const rated = ratedItems(items)
  if (rated) return rated
  const first = items[0] as string
  const last = items[items.length - 1] as string
  const verb = DEFINING_VERBS.find((v) => first.startsWith(v) && first.length > v.length + 1)
  const measure = SHARED_TAIL_OPENERS.filter((w) => last.endsWith(w) && last.length > w.length + 1).sort((a, b) => b.length - a.length)[0]
  return items.map((x, k) => {
    let out = x
    if (measure && k < items.length - 1 && !SHARED_TAIL_OPENERS.some((w) => x.endsWith(w)) && namesAThing(x)) out += measure
    if (verb && k > 0 && !DEFINING_VERBS.some((v) => x.startsWith(v))) out = verb + out
    return ranked[k] !== x && out.startsWith(x) ? (ranked[k] as string) + out.slice(x.length) : out
  })
}

/**
 * An item that can take the measure ending the last one: not a measure of its own (`水泥销量、型材产能`: the sales stay
 * sales) nor what became of something (`二期整体达产、芯片产能`).
 */
function namesAThing(item: string): boolean {
  return !OWN_MEASURE_ENDING.test(item) && !OUTCOME_ENDINGS.some((w) => item.length > w.length + 1 && item.endsWith(w))
}
const OWN_MEASURE_ENDING = /(?:量|额|率|数|值|比重|占比|规模)$/u

/** The shortest name of a thing whose rate of growth is ranked with it (`新设企业数`). */
const OWN_NAME_MIN = 4
/** The rate words of growth a ranked item may be or end with (`增速`, `增幅`). */
const RATE_WORDS = GROWTH_WORDS.filter((w) => w !== '增长')

/**
 * A rate of growth ranked with the thing it is of: `社会消费品零售总额和增速均居全区第一` → 社会消费品零售总额增速 for the
 * item that is the rate alone; `限上餐饮、住宿增速均居全省第2` → 限上餐饮增速, the rate that ends the last item ending every
 * item without one of its own. Null when neither applies (a generic first item, `总量和增速`, names no thing).
 */
function ratedItems(items: readonly string[]): string[] | null {
  const first = items[0] as string
  const last = items[items.length - 1] as string
  if (items.slice(1).some((x) => RATE_WORDS.includes(x))) {
    // Only a pair, the thing named in full: 增量和增幅 (two measures), 投资完成率和增幅 (a rate's rise or the
    // investment's?), 软件和信息服务业…总量和增速 (a list split inside a name) stay as they are.
    if (items.length !== 2 || [...first].length < OWN_NAME_MIN || first.endsWith('率') || isGeneric(first)) return null
    return [first, first + last]
  }
  const rate = RATE_WORDS.find((w) => last.endsWith(w) && last.length > w.length + 1)
  if (!rate || items.slice(0, -1).some((x) => RATE_WORDS.some((w) => x.endsWith(w)) || isGeneric(x))) return null
  return items.map((x, k) => (k < items.length - 1 ? x + rate : x))
}

/** A size word ending a label (`贷款规模`): the rate of the thing is not the rate of its size. */
const SIZE_WORD = /(?<=..)(规模|总量)$/u
/** Words of size that name no thing (`总量和增速`); not 总家数, 总市值 (measures of their own), nor 数量 (often a count of other things: 项目10个、装机1275万千瓦，数量和规模…). */
const BARE_SIZES: readonly string[] = ['总量', '规模', '总额']

/**
 * The label of the figure right before a rank's clause in its sentence, when every item ranked is a measure that
 * names no thing (`总量和增速`, `规模、增幅`); else null.
 */
function ownerOfBareMeasures(items: readonly string[], clauseStart: number, ctx: RuleContext): string | null {
  if (!items.every((x) => RATE_WORDS.includes(x) || BARE_SIZES.includes(x))) return null
  const previous = ctx.sentence.previousStatement
  const last = previous?.tokens[previous.tokens.length - 1]
  const owner = ctx.sentence.previous[ctx.sentence.previous.length - 1]?.label ?? ''
  // (After a list, 甲、乙分别增长…, whose measures they are is not known.)
  if (!last || previous?.drafts.length !== 1 || clauseStart > Math.max(last.end, previous.noun?.end ?? 0) + 2 || owner === '' || isGeneric(owner)) return null
  return owner
}

/** Every item but the last was completed with one tail, a measure the last item ends with (产量). */
function sharesMeasure(listed: readonly string[], items: readonly string[]): boolean {
  const last = items[items.length - 1] as string
  return items.slice(0, -1).every((x, k) => {
    const tail = x.slice((listed[k] as string).length)
    return x.startsWith(listed[k] as string) && tail.length >= 2 && last.endsWith(tail) && SHARED_TAIL_OPENERS.some((w) => tail.endsWith(w))
  })
}

/** Every item after the first is a measure (产量) completed with the head of the first (苹果面积、产量: 苹果产量). */
function sharesHead(listed: readonly string[], items: readonly string[]): boolean {
  const first = listed[0] as string
  return items.slice(1).every((x, k) => {
    const own = listed[k + 1] as string
    const head = x.slice(0, -own.length)
    return MEASURES_OF_A_HEAD.includes(own) && x.endsWith(own) && head.length >= 2 && first.startsWith(head)
  })
}

/**
 * Every item is the name of a measure of its own (`总产量、商品量、调出量`), two characters at least before its ending
 * (`网络交易额、零售额`).
 */
function listsMeasures(listed: readonly string[]): boolean {
  // (金融机构贷款余额三项指标增速: the items are named by how many indicators there are, and the measure ranked follows.)
  if (listed.some((x) => x.includes('指标'))) return false
  return listed.every((x) => MEASURE_NAME_ENDINGS.some((w) => x.endsWith(w) && [...x].length >= [...w].length + 2))
}

/**
 * An item of a list of measures completed with a measure of the same ending it already has (`入河排污口整治率` + 优良率):
 * it was whole as written. A measure of another ending is the one ranked (`成交量、成交额增速` → 成交量增速).
 */
function wholeAlready(own: string, completed: string): boolean {
  const tail = completed.slice(own.length)
  return completed.startsWith(own) && tail !== '' && MEASURE_NAME_ENDINGS.some((w) => own.endsWith(w) && tail.endsWith(w))
}

/** The name a figure just before in the sentence gives an item in full (`存款余额` → `金融机构人民币存款余额`). */
function fullName(item: string, figures: readonly Draft[]): string {
  for (let k = figures.length - 1; k >= 0; k--) {
    const label = (figures[k] as Draft).label
    if (label.length > item.length && label.endsWith(item)) return label
  }
  return item
}

/**
 * `新能源电力建成装机容量、并网规模全省第一`: without 均, measures of one owner listed before the rank's own clause (each
 * later one of the family of the first, words/labels.ts) are each ranked, the later ones with the first one's owner
 * (新能源电力并网规模). Whether it applied.
 */
function ranksMeasuresOfOneOwner(st: Statement, ctx: RuleContext, d: Draft): boolean {
  const before = ITEMS_BEFORE.exec(ctx.norm.slice(st.listStart, st.clauseStart))?.[0]
  if (!before) return false
  const listed = [...cleanLabel(before).split('、').filter((x) => x !== ''), d.label]
  if (listed.length < 2 || listed.some((x) => JOINER.test(x))) return false
  const items = withOwnerOfFamily(listed)
  if (items.slice(1).some((x, k) => x === listed[k + 1])) return false
  st.drafts = items.map((label) => ({ ...d, label, labelSource: 'list-completed' as const, reasons: new Set(d.reasons) }))
  return true
}

/**
 * A rank shared by several subjects (`存贷款余额均居全省第2位`, `工业和服务业增加值都名列全省第一`): one rank for
 * each of them, named as the figures before in the sentence name them. A subject that says two things at once
 * (存贷款, 进出口) is two subjects. Without 均/都/分别 the rank stays the whole subject's, unless the subject is a list of
 * things completed by one measure (below).
 */
export const rankList: Rule = {
  name: 'rank-list',
  apply(st, ctx) {
    const [d] = st.drafts
    const token = st.tokens[0]
    if (st.dropped || !d || !token || d.kind !== 'rank' || st.drafts.length !== 1 || d.label === '') return
    const before = ctx.norm.slice(st.clauseStart, token.start)
    // 甲市、乙市分别位居全省县域经济第1、第2: a 分别 further back still pairs, when ranks joined after this one say so.
    const inSeries = joinedRanksAfter(ctx.norm, token.end) > 0
    const respectively = inSeries && (EACH_BEFORE_RANK.exec(before)?.[1] === '分别' || RESPECTIVELY_BEFORE_RANK.test(before) || respectiveVerbBefore(before))
    const each = respectively || EACH_BEFORE_RANK.test(before)
    // “最多跑一次”改革实现率、满意率均居全省首位: the items before the rank's own clause are ranked too.
    const itemsBefore = each && !d.label.includes('、') ? ITEMS_BEFORE.exec(ctx.norm.slice(st.listStart, st.clauseStart))?.[0] ?? '' : ''
    if (!each && !d.label.includes('、') && ranksMeasuresOfOneOwner(st, ctx, d)) return
    const subject = (each ? cleanLabel(itemsBefore) + (itemsBefore ? '、' : '') + d.label.replace(FROM_EACH, '') : d.label).replace(/^、/, '')
    // Without 均, only a 、 list, every joiner in it a separator (牛奶、牛肉和羊绒、饲草产量: four things).
    const listed = each ? listItems(subject) : subject.includes('、') ? subject.split(/[、和及与]/u).filter((x) => x !== '') : []
    const items = listed.length > 1 ? completeRanked(listed) : each ? contractedPair(subject) : null
    if (!items || items.length < 2 || items.some((x) => x.length < 2 || JOINER.test(x))) return
    // 地区生产总值3700亿元，增长1.2%，总量和增速均排名全省第九: measures that name no thing (总量, 增速), ranked right
    // after a figure, are that figure's (地区生产总值总量, 地区生产总值增速).
    const owner = each ? ownerOfBareMeasures(items, st.clauseStart, ctx) : null
    if (owner !== null) {
      const named = items.map((item) => (RATE_WORDS.includes(item) ? owner.replace(SIZE_WORD, '') + item : owner.endsWith(item) ? owner : owner + item))
      // 总量、增幅分居全省第三和第五: the ranks joined after this one take the rest, in order.
      const paired = respectively && joinedRanksAfter(ctx.norm, token.end) === items.length - 1
      st.drafts = (paired ? named.slice(0, 1) : named).map((label) => ({
        ...d,
        label,
        labelSource: 'context' as const,
        reasons: new Set(d.reasons),
        ...(paired ? { respectiveRest: named.slice(1) } : {}),
      }))
      return
    }
    // 牛奶、羊肉和羊绒产量稳居全国第一: without 均 a list of things completed by the measure they share (产量) ranks each
    // of them, and so does a list of measures of one thing (苹果面积、产量); a list that is not (`住院、门诊满意率`) stays
    // one subject.
    const shared = each || sharesMeasure(listed, items) || sharesHead(listed, items)
    const measures = !shared && listsMeasures(listed)
    if (!shared && !measures) {
      // 政府财政透明度、市级政府网站排名全国城市第一 (排名 read as the rank's verb): whether the rank is each item's or the
      // whole list's is not known; a person checks it.
      d.reasons.add('label-from-list')
      return
    }
    // 甲市、乙市分别居全省第1、第2: with ranks joined after this one, each subject takes its own, in order (rank.ts
    // pairs the rest), rather than all of them the first.
    if (respectively && joinedRanksAfter(ctx.norm, token.end) === items.length - 1) {
      st.drafts = [{ ...d, label: fullName(items[0] as string, ctx.sentence.figures), labelSource: 'list-completed', reasons: new Set(d.reasons), respectiveRest: items.slice(1) }]
      return
    }
    // 总产量、商品量、调出量稳居全国第一: a list of measures without 均 ranks each, but whose measures they are (粮食) the
    // clause does not say; a person checks them.
    st.drafts = (measures ? items.map((x, k) => (wholeAlready(listed[k] as string, x) ? (listed[k] as string) : x)) : items).map((item) => ({
      ...d,
      label: fullName(item, ctx.sentence.figures),
      labelSource: 'list-completed' as const,
      reasons: new Set([...d.reasons, ...(shared ? [] : ['label-from-list' as const])]),
    }))
  },
}

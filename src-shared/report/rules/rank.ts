import { ASSESSMENT_WORDS, GENERIC_LABELS, GROWTH_WORDS, RANK_LOCATIVE, RANKED_LIST_ENDINGS } from '../words/labels'
import { shortProvinceName } from '../words/places'
import { DEFINING_VERBS, RANK_VERBS, RANK_VERBS_CLOSING_ONLY, RESPECTIVE_RANK_VERBS, scoreBeforeVerb } from '../words/verbs'
import { cleanLabel, readPre, YEARLY_RATE } from './clause'
import { followsSubject } from './carry-subject'
import { totalOwner } from './generic-label'
import { GROUP_AFTER_SUBJECT, GROUP_IN_RANK_SCOPE } from './reference-group'
import { MEDAL_NOUN } from './medal-count'
import type { Draft, Rule, RuleContext, Statement } from './types'

/** Where a rank is counted (`全国第一`, `全球第二`): right before the rank, it is one without a verb. */
const RANK_SCOPE = /(全国|全省|全区|全市|全州|全县|全盟|全球|世界|全国同类城市|西部|中部|东北)(同类)?$/
const REACH = 16
/** What may follow a rank that closes its clause. */
const RANK_CLOSES_CLAUSE = /[,;。!?:、\n)]/u
/** A group the rank is counted in, named with 在, then the rate ranked (`在经济大省中增速`): the group, the rate. */
const RATE_IN_GROUP = new RegExp(`(在[^在，,、；;。]{1,12}?(?:中|内|里|之中)?)(${['增速', '增幅', '增长率', '涨幅'].join('|')})$`, 'u')
/** `均为`, `都是`, `为`: a copula with nothing else between the figures before and a rank's scope. */
const COPULA_BEFORE_SCOPE = /^(?:均|都|皆|也|亦|同|分别)?(?:为|是)$/u

/**
 * Ranks: `居全国第5位`, `连续36年居全国首位`, `区域创新能力连续8年全国第一`, `增速居全国第2位`. The subject before
 * the rank verb is the label; a clause without one takes the sentence's subject, and `增速` is the sentence
 * subject's growth (`地区生产总值增速`). A 第N with neither a rank verb nor a scope (`第一，`) is no rank.
 */
const SIZE_WORD = /(?<=..)(规模|总量)$/
/** A count right before a rank's scope (`多项全国`, `3个全省`, `一批全国`): firsts counted, not a rank (but `连续3次全国第一` is one). */
const FIRSTS_COUNTED = /(?<!连续|连续[\d一二三四五六七八九十两])(?:多|几|数|[\d一二三四五六七八九十两]+)(?:项|个|次|批)(?:全国|全省|全区|全市|全州|全球|世界)$|一批(?:全国|全省|全区|全市)$/u
/** A rate word ending a label carried from a rank before (`地区生产总值增速`). */
const RATE_AT_END = /(?<=..)(增速|增幅|涨幅|增长率)$/

export const rank: Rule = {
  name: 'rank',
  apply(st, ctx) {
    const first = st.tokens[0]
    // 由第100位跃升至第59位: from-to.ts names both places.
    if (!first || first.cls !== 'rank' || st.dropped || st.shape === 'from-to') return
    const { norm } = ctx
    const inSeries = rankInSeries(st, ctx)
    if (inSeries !== null) {
      for (const d of st.drafts) {
        d.label = inSeries
        d.labelSource = 'context'
        d.kind = 'rank'
      }
      return
    }
    const clause = norm.slice(st.clauseStart, first.start)
    // 创造了多项全国第一, 12项指标…取得3个全省第一: firsts counted are so many achievements, not a rank of anything.
    if (FIRSTS_COUNTED.test(clause)) {
      st.dropped = true
      return
    }
    let verbAt = -1
    let verbLen = 0
    for (const v of RANK_VERBS) {
      const at = clause.lastIndexOf(v)
      if (at < 0 || clause.length - at > REACH) continue
      if (RESPECTIVE_RANK_VERBS.includes(v) && scoreBeforeVerb(clause, at)) continue
      if (RANK_VERBS_CLOSING_ONLY.includes(v) && !RANK_CLOSES_CLAUSE.test(norm[st.tokens[st.tokens.length - 1]?.end ?? first.end] ?? '\n')) continue
      const end = at + v.length
      if (verbAt < 0 || end > verbAt + verbLen || (end === verbAt + verbLen && v.length > verbLen)) {
        verbAt = at
        verbLen = v.length
      }
    }
    let subjectText: string
    // 我市跃居全国先进制造业百强城市第60位, 位列2024中国数字经济百强市第23位: the place itself ranked in a named list.
    const list = verbAt >= 0 ? rankedList(clause.slice(verbAt + verbLen)) : null
    const ranked = list ? cleanLabel(readPre(clause.slice(0, verbAt)).subject) : null
    // 养老床位达到6.4万张，跻身中国城市慈善百强榜第16位: a list written as one (…榜, …榜单) ranks the place, even right
    // after a figure of something else.
    if (list && ranked !== null && (ranked === '' ? !followsStatement(st, ctx) || /榜单?$/u.test(list) : isOwnPlace(ranked, ctx))) {
      const [draft] = st.drafts
      if (draft) st.drafts = [{ ...draft, label: list, labelSource: 'subject', kind: 'rank', quoteStart: st.clauseStart + verbAt, listOfRank: true }]
      return
    }
    if (verbAt >= 0) {
      const between = clause.slice(verbAt + verbLen)
      if (/[\d一二三四五六七八九十]/.test(between.replace(GROUP_IN_RANK_SCOPE, '').replace(/^(全国|全省|全区|全市)/, ''))) {
        st.dropped = true
        return
      }
      subjectText = clause.slice(0, verbAt).replace(GROUP_AFTER_SUBJECT, '')
    } else {
      // 在经济大省中增速第1, 在中部地区增幅第一: a group named with 在, then the rate ranked in it.
      const groupRate = RATE_IN_GROUP.exec(clause)
      const scope = RANK_SCOPE.exec(clause) ?? groupRate
      subjectText = !scope ? '' : scope === groupRate ? clause.slice(0, groupRate.index) + (groupRate[2] as string) : clause.slice(0, clause.length - scope[0].length)
      // Without a verb, a rank needs its subject right before it: `区域创新能力连续8年全国第一`, not
      // `培育更多全球第一` (a noun) or a bare `全国第一`.
      const own = cleanLabel(readPre(subjectText).subject)
      // 专精特新企业达到67家、全国第3: a clause that is only the scope, right after a figure, ranks that figure.
      // 均为中部第1, 都是全省第一: a copula between the figures before and the scope ranks those figures too.
      const ranksFigureBefore = scope !== null && (subjectText === '' || COPULA_BEFORE_SCOPE.test(subjectText)) && followsStatement(st, ctx)
      if (!scope || (own === '' && !ranksFigureBefore) || /(更多|多个|一批|一些|更多的)$/.test(own)) {
        st.dropped = true
        return
      }
    }
    const pre = readPre(subjectText)
    let label = cleanLabel(pre.subject.replace(RANK_LOCATIVE, ''))
    // 生产总值年均增速在…排名第1: what is ranked is the yearly rate, which readPre reads as a yearly average.
    const yearlyRate = YEARLY_RATE.exec(subjectText.replace(RANK_LOCATIVE, ''))
    // (年均增速居全省第1位 alone: the label is the bare rate, whose owner comes from the figures before; the yearly rate
    // replaces it once that owner is found, never written after it: 城镇化率年均增速, not 增速年均增速.)
    const bareYearlyRate = yearlyRate !== null && GROWTH_WORDS.includes(label) && yearlyRate[0].endsWith(label) ? label : null
    if (yearlyRate && label !== '' && bareYearlyRate === null && !label.endsWith(yearlyRate[0])) label += yearlyRate[0]
    // 深圳在重点城市营商环境评价中位居全国第二: a place ranked in a named assessment; the assessment, as written
    // (全国 is part of its name), names the rank.
    const assessment = ASSESSMENT_RANKED.exec(subjectText)
    if (assessment) {
      const [draft] = st.drafts
      if (!draft) return
      // Another place (江阴 in 无锡's report) keeps its name; the report's own (我市, 深圳 in 深圳's) goes.
      const named = assessment[1] as string
      const own = /^[我全本]/.test(named) || (ctx.place ? [ctx.place, shortProvinceName(ctx.place)].includes(named) : false)
      const owner = own ? '' : named
      st.drafts = [{ ...draft, label: owner + (assessment[2] as string).replace(/[“”"《》]/g, ''), labelSource: 'subject', kind: 'rank', quoteStart: st.clauseStart, listOfRank: true }]
      return
    }
    // The figure just before, when the rank's clause follows it (`总量达45万户，排全区第2` ranks the total).
    const before = followsStatement(st, ctx) ? ctx.sentence.previous[ctx.sentence.previous.length - 1] : undefined
    const carried = before?.label || ctx.sentence.subject
    let source: 'subject' | 'context' = 'subject'
    // The rate the clause writes for the figures before (`增幅分别居全省第二和第三`), if any.
    const writtenRate = carried && GROWTH_WORDS.includes(label) ? label : null
    // 全社会研发经费投入增速年均超20%，连续三年居全国第一: the rank is of the rate named just before. A rate the text
    // does not write is not added: 工业技改投资增长33.6%、居全国第3位 ranks 工业技改投资, the subject as written (12 of
    // the 13 such ranks of the label files, as for the gaps: 增长9%，高于全省0.6个百分点 → 服务业增加值, 22 of 27).
    const rate = before ? (before.rate ?? '') : (ctx.sentence.previous.find((d) => d.label === carried)?.rate ?? '')
    if (carried && (label === '' || GROWTH_WORDS.includes(label) || label === '占比' || label === '比重')) {
      // 贷款规模居全省第三、增速居全省第二: the rate is of the thing, not of its size (贷款增速).
      // (…占公共财政支出比重…，比重居全国第一位: the share named already.)
      // (在山区县中增速第2，在全市增幅第一: the second rate replaces the first the label carried.)
      label = label === '' ? carried + rate : carried.endsWith(label) ? carried : carried.replace(SIZE_WORD, '').replace(RATE_AT_END, '') + label
      source = 'context'
      if (yearlyRate && bareYearlyRate !== null && label.endsWith(bareYearlyRate) && !label.endsWith(yearlyRate[0])) {
        label = label.slice(0, -bareYearlyRate.length) + yearlyRate[0]
      }
    } else if (carried && GENERIC_LABELS.includes(label)) {
      // 市场主体净增36.4万户，总量居全国第七: the total of the things, not of their addition.
      label = /(总额|总量)$/.test(carried) ? carried : totalOwner(carried) + label
      source = 'context'
    }
    // 外贸进出口增长65.1%，加工贸易增长105.1%，均居全区第1: one rank for each of the figures before; 经营主体
    // 突破1900万户，其中企业超830万户，总量均居全国第一: one for each total (additions are no totals).
    // 苹果面积、产量位居全省第一，分别居全国地级市第7位…: 分别 without a subject ranks the figures of the statement
    // before in order, from the first (the ranks after it are read as their own statements).
    const firstOfBefore = ctx.sentence.previousStatement?.drafts[0]
    // The ranks joined after this one (`第7位和第6位`) pair with the rest of what the 分别 pairs, in order.
    let rest: string[] | undefined
    if (pre.respectively && before && label === carried + rate && firstOfBefore && (ctx.sentence.previousStatement?.drafts.length ?? 0) > 1) {
      label = firstOfBefore.label + rate
      rest = ctx.sentence.previousStatement?.drafts.slice(1).map((d) => d.label + rate)
    }
    const generic = GENERIC_LABELS.includes(cleanLabel(pre.subject))
    // 接待游客6100万人次，旅游总收入625亿元，增速均排全省第3位: the rate written is of each level before.
    const ratesOfLevels = writtenRate !== null && before !== undefined && LEVELS.has(before.kind) && label === (carried ?? '').replace(SIZE_WORD, '') + writtenRate
    // 甲、乙分别增长4%、7%，增速均居全省第一: the rate written is of each growth before.
    const ratesOfGrowths = writtenRate !== null && before?.kind === 'growth' && label === (carried ?? '') + writtenRate
    const rankedRate = (d: Draft): string => (writtenRate !== null && d.kind === 'growth' ? d.label + writtenRate : rateLabel(d))
    const over = pre.each && before && (label === carried + rate || generic || ratesOfLevels || ratesOfGrowths) ? sameKindBefore(ctx.sentence.previousStatement?.drafts ?? [], ctx.sentence.figures, norm) : []
    // 人均GDP达到2.4万美元，每平方公里产出GDP、财政收入分别达8亿元和2.8亿元，均居…首位: 均 right after a 分别 list is over
    // that list's items; whether it reaches the figures before as well is not known (a person checks).
    const respectiveList = respectiveListBefore(ctx.sentence.previousStatement)
    const pastList = respectiveList.length > 1 && over.length > respectiveList.length && respectiveList.every((d) => over.includes(d))
    const each = pastList ? respectiveList : over
    const totals = generic ? each.filter((d) => !DEFINING_VERBS.some((v) => d.label.startsWith(v) || d.label.endsWith(v))) : each
    // 茶、竹产业综合产值分别达320亿元、340亿元，分别居全省第2位、第1位: the first rank is the first figure's.
    // 增速分列全省第3位、第2位: 分列 and 分居 are 分别 with the verb.
    const respectively = /分别$/.test(subjectText) || RESPECTIVE_RANK_VERBS.includes(clause.slice(verbAt, verbAt + verbLen))
    const respective = respectively && label === carried + rate ? respectiveFigures(ctx.sentence.figures) : []
    // 货运量51万吨、客运量2700万人次，分别居…第7、第12位: figures of different kinds, as many as the ranks joined here.
    // 城镇、农村居民人均可支配收入分别增长4.8%、7%，居全国第五和第六: joined ranks right after a statement of as
    // many figures pair with them in order, as after 分别.
    const afterSeveral = before !== undefined && (ctx.sentence.previousStatement?.drafts.length ?? 0) > 1
    const ofCarried = label === carried + rate || (writtenRate !== null && label === (carried ?? '').replace(SIZE_WORD, '') + writtenRate)
    const joined = (respectively || afterSeveral) && ofCarried ? joinedRanksAfter(norm, first.end) : 0
    const lastOnes = ctx.sentence.figures.slice(-(joined + 1))
    const paired = respective.length > 1 ? respective : joined > 0 && lastOnes.length === joined + 1 && lastOnes.every((d) => d.kind !== 'rank' && d.label !== '') ? lastOnes : []
    if (paired.length > 1) {
      label = rankedRate(paired[0] as Draft)
      rest = paired.slice(1).map(rankedRate)
    }
    const labels =
      totals.length > 1
        ? totals.map((d) => (generic ? (/(总量|总额|总数|数量)$/.test(d.label) ? d.label : d.label + totalWord(pre.subject)) : ratesOfLevels ? d.label.replace(SIZE_WORD, '') + writtenRate : rankedRate(d)))
        : [label]
    const [draft] = st.drafts
    if (!draft) return
    st.drafts = labels.map((l) => ({ ...draft, label: l, reasons: new Set(draft.reasons), ...(rest && labels.length === 1 ? { respectiveRest: rest } : {}) }))
    // 建成…高标准农田，完成…，粮食播种面积…、产量…，增速均排全区第3位: past two levels, where the rate's reach ends is a guess.
    if (ratesOfLevels && labels.length > 2) for (const d of st.drafts) d.reasons.add('label-from-list')
    // 龙头企业17家、自治区级95家，数量均居…: the rank of a figure whose name says too little says as little.
    if (totals.length > 1) totals.forEach((d, k) => d.reasons.has('label-vague') && st.drafts[k]?.reasons.add('label-vague'))
    if (pastList && totals.length > 1) for (const d of st.drafts) d.reasons.add('label-from-list')
    for (const d of st.drafts) {
      d.labelSource = d.label ? source : null
      d.kind = 'rank'
      // …刚刚超过2万亿元、排在全国第21位: the rank of a figure that has happened has happened too.
      if (before?.periodHint?.past) d.periodHint = { ...d.periodHint, past: true }
      d.quoteStart = st.clauseStart
      if (source === 'context' && !followsSubject(st, ctx) && !before) d.reasons.add('label-from-context')
      // …；增长8.1%，居…第2位: the rank of a figure whose name was read from far is as doubtful as that figure.
      if (source === 'context' && before?.labelSource === 'context-far') d.reasons.add('label-from-context')
      // …，跻身中国外贸百强市竞争力前三, …百强榜第9位，跃居全球科研城市第23位: a rank in a named list or group of places
      // ranks the place, not the figure before; a carried label is a guess.
      if (source === 'context' && verbAt >= 0 && PLACES_RANKED_AFTER_VERB.test(clause.slice(verbAt + verbLen))) d.reasons.add('label-from-context')
      // …百强榜第9位，跃居全球科研城市第23位; …绩效考核居全省第4，连续三年跻身全省前5: the list or assessment a rank
      // before was named by is that rank's own; a rank after it that names neither list nor measure is a guess.
      // (A scope joined right after with 、 and no verb of its own, `…评价位列全国第十三位、全省第一位`, is the same list's.)
      if (source === 'context' && before?.listOfRank && !(verbAt < 0 && st.afterListComma)) d.reasons.add('label-from-context')
      // 获得金牌4枚、银牌2枚，名列全省第一: a rank after a count of medals of one kind ranks the team's whole tally, not that kind.
      if (source === 'context' && before && MEDAL_NOUN.test(before.label)) d.reasons.add('label-from-context')
      d.listOfRank = source === 'subject' && ASSESSMENT_NAMED.test(d.label) ? true : undefined
    }
  },
}

/** A rank's own label that names an assessment (`目标管理绩效考核`), not a measure: no label for a rank after it. */
const ASSESSMENT_NAMED = /(?:考核|考评|评价|评估|测评|评比|评议)$/u

/** A named list of places after the rank verb (`中国外贸百强市`, `…百强榜`): what is ranked is a place. (Not 同类城市, 地级市: a measure is ranked among them.) */
const PLACES_RANKED_AFTER_VERB = /(?:百强|\d+强|榜)/u

/** 数量均居…, 总数均居…: the word of a total the text writes is each figure's (the label files keep it); 规模 and the like are 总量. */
function totalWord(subject: string): string {
  const word = cleanLabel(subject)
  return ['总量', '总额', '总数', '数量'].includes(word) ? word : '总量'
}

/** 分列, 分居 as far before the rank as a rank verb reaches. */
const RESPECTIVE_VERB_BEFORE_RANK = new RegExp(`(?:${RESPECTIVE_RANK_VERBS.join('|')})[^，,、；;。]{0,16}$`, 'u')

/** Do the words before a rank hold 分列 or 分居 as its verb (`甲、乙分居全省第3位和第1位`; not `得分居`)? */
export function respectiveVerbBefore(before: string): boolean {
  const verb = RESPECTIVE_VERB_BEFORE_RANK.exec(before)
  return verb !== null && !scoreBeforeVerb(before, verb.index)
}

/**
 * A named list of places or an assessment between a rank verb and the rank (`全国先进制造业百强城市`, `全省营商环境评价`;
 * a year before it dropped), or null.
 */
const RANKED_LIST = new RegExp(`^(?:\\d{4}年?度?)?([“”"《》\\p{Script=Han}A-Za-z]{2,24}?(?:${[...RANKED_LIST_ENDINGS, ...ASSESSMENT_WORDS].join('|')}))[”"》]?$`, 'u')
function rankedList(between: string): string | null {
  const name = RANKED_LIST.exec(between)?.[1]?.replace(/[“”"《》]/g, '')
  return name && [...name].length >= 4 ? name : null
}

/** Is a subject the report's own place or nothing (我市, 全省, the place's name)? */
function isOwnPlace(subject: string, ctx: RuleContext): boolean {
  return /^[我全本][省市区县州盟旗]$/.test(subject) || (ctx.place ? [ctx.place, shortProvinceName(ctx.place)].includes(subject) : false)
}

/**
 * `[place]在<assessment>中[连续N年]` before a rank verb: a place (none, 我市, 全省, 深圳, 某某市) ranked in an
 * assessment (评价, 评估, 排名, 考核, 指数…), which names what is ranked.
 */
/** `连续3年`, before or after the assessment: how long the rank has held. */
const RUN_OF_YEARS = '已?连续[\\d一二三四五六七八九十两]+年'
const ASSESSMENT_RANKED = new RegExp(
  `^(?:并|且|还)?(|[我全本][省市区县州盟旗]|\\p{Script=Han}{2,3}|\\p{Script=Han}{1,6}[省市区县州盟旗])(?:${RUN_OF_YEARS})?在((?:(?!在)[^,，;；。、]){2,28}?(?:${ASSESSMENT_WORDS.join('|')}))(?:中|里|之中)(?:${RUN_OF_YEARS})?$`,
  'u',
)

/** A figure's label with the rate word its text wrote (`增速9%，居…`), if any: `增长5%，居…` ranks the subject as written. */
function rateLabel(d: Draft): string {
  return d.label + (d.rate ?? '')
}

/** How many of the sentence's last figures are ranks. */
function trailingRanks(figures: readonly Draft[]): number {
  let ranks = 0
  while (ranks < figures.length && figures[figures.length - 1 - ranks]?.kind === 'rank') ranks++
  return ranks
}

/** The figures a 分别 rank list pairs with: the sentence's figures of one kind before its ranks. */
function respectiveFigures(figures: readonly Draft[]): Draft[] {
  const before = figures.slice(0, figures.length - trailingRanks(figures))
  return sameKindBefore(before.slice(-1), before)
}

/** A rank joined after another: `、第12位`, `和第6位`, `、全省第1位`. */
const JOINED_RANK_NEXT = /^位?[、和及与](?:全国|全省|全区|全市|全州|全县|全球|世界)?第[\d一二三四五六七八九十]+/u

/** How many ranks are joined after the one that ends at `end` (`第7、第12位` → 1). */
export function joinedRanksAfter(norm: string, end: number): number {
  let count = 0
  let at = end
  for (let m = JOINED_RANK_NEXT.exec(norm.slice(at, at + 16)); m; m = JOINED_RANK_NEXT.exec(norm.slice(at, at + 16))) {
    count++
    at += m[0].length
  }
  return count
}

/** A rank joined to the rank before it: `稳居全国第2位、全省第1位`, `分别居全省第2位、第1位`. */
const JOINED_RANK = /^[、和及与](全国|全省|全区|全市|全州|全县|全球|世界)?$/u

/**
 * The label of a rank joined to the rank before: the same subject's place in another ranking (全国第2位、全省第1位),
 * or, after 分别, the next figure's of those the first rank paired with. Null when the rank stands alone, or after a
 * 分别 whose subjects are not the figures before.
 */
function rankInSeries(st: Statement, ctx: RuleContext): string | null {
  const previous = ctx.sentence.previousStatement
  const last = previous?.tokens[previous.tokens.length - 1]
  const first = st.tokens[0]
  const ranked = ctx.sentence.previous[0]
  if (!previous || !last || !first || !ranked?.label || previous.tokens[0]?.cls !== 'rank') return null
  if (!JOINED_RANK.test(ctx.norm.slice(last.end, first.start))) return null
  const figures = ctx.sentence.figures
  const ranks = trailingRanks(figures)
  const respective = respectiveFigures(figures)
  const paired = respective.length > ranks && respective.slice(0, ranks).every((d, k) => rateLabel(d) === figures[figures.length - ranks + k]?.label)
  if (paired) return rateLabel(respective[ranks] as Draft)
  // 甲市、乙市分别居全省第1、第2: the subjects listed before the 分别 take the ranks in order (rank-list.ts).
  for (let k = figures.length - 1; k >= figures.length - ranks; k--) {
    const rest = figures[k]?.respectiveRest
    if (rest) return rest[figures.length - 1 - k] ?? null
  }
  // 营收和利润分别居全国第5、第6位: the subjects of a 分别 are not the figures before; no guess.
  const respectively = /分别/.test(ctx.norm.slice(previous.clauseStart, previous.tokens[0]?.start ?? previous.clauseStart))
  return respectively ? null : ranked.label
}

/** Does the clause come right after the previous figure of the sentence? */
function followsStatement(st: Statement, ctx: RuleContext): boolean {
  const previous = ctx.sentence.previousStatement
  if (!previous) return false
  const end = Math.max(previous.tokens[previous.tokens.length - 1]?.end ?? 0, previous.noun?.end ?? 0)
  return st.clauseStart <= end + 2
}

/** The figures of a statement written as a 分别 list (`甲、乙分别达…和…`), or none. */
function respectiveListBefore(previous: Statement | null | undefined): Draft[] {
  return previous && previous.pre.respectively && previous.drafts.length > 1 ? previous.drafts : []
}

/** Kinds that say how much there is: a rank over several of them ranks each. */
const LEVELS: ReadonlySet<Draft['kind']> = new Set<Draft['kind']>(['amount', 'count'])

/** Two clause breaks: a whole clause lies between. */
const CLAUSE_WITHOUT_FIGURE = /[，,][^，,]*[，,]/u

/**
 * The sentence's figures of the same kind as the last statement's, back to the first of another kind, labels distinct;
 * given the text, also back to a clause without a figure.
 */
function sameKindBefore(last: readonly Draft[], figures: readonly Draft[], norm?: string): Draft[] {
  const kind = last[last.length - 1]?.kind
  const out: Draft[] = []
  for (let k = figures.length - 1; k >= 0; k--) {
    const d = figures[k] as Draft
    // 接待游客2.2亿人次，旅游收入2350亿元，均居…: counts and amounts are levels alike.
    if ((d.kind !== kind && !(LEVELS.has(d.kind) && LEVELS.has(kind ?? null))) || d.kind === 'rank') break
    // 3.76万名志愿者无私奉献，亚运宣传出新出彩，健儿夺得51枚金牌和53枚银牌，均居…: a clause without a figure between
    // two figures ends the run the rank is over.
    const next = out[0]
    if (norm !== undefined && next && CLAUSE_WITHOUT_FIGURE.test(norm.slice(d.token.end, next.token.start))) break
    if (!out.some((o) => o.label === d.label)) out.unshift(d)
    // 技改项目203个，新入规工业企业147家，其中新建投产入规69家，数量均居…: a part after 其中 and the whole it is a part of
    // are the one thing the rank is over; a figure before the whole is another thing.
    if (norm !== undefined && next && PART_AFTER.test(norm.slice(d.token.end, next.token.start))) break
  }
  return out
}

/** What stands between a whole and a part of it: `，其中`, `（含`, `(其中`. */
const PART_AFTER = /^[^，,；;。]{0,4}(?:[，,]其中|[（(](?:其中|含))/u

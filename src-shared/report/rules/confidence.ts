import type { ConfidenceReason } from '../../schemas/report'
import { indicatorOf, indicatorOfFigure } from '../indicators'
import type { FigureToken } from '../tokens/figures'
import { DEEDS, RANK_LABEL_OPENED_BY_ITS_VERB, LABEL_HOLDING_A_COMPARISON, LABEL_OPENED_BY_A_COMPARISON, LABEL_UNIT_CLASSES, BARE_OWNED_MEASURES, MEASURE_MODIFIERS, SHARE_WORDS, UNITS_OF_WORK, WORDS_LIKE_OPENERS, WORK_NOUNS } from '../words/labels'
import { PREDICATES_AFTER_THINGS, RANK_VERBS, WORDS_ENDING_IN_NEW_AFTER, WORK_VERB_PARTS } from '../words/verbs'
import { namesReliefFor } from './clause'
import { withoutOwnPlace } from '../own-place'
import { isGeneric } from './generic-label'
import { isTimeOnlyLabel } from './label-times'
import { frameBefore } from './number-before-noun'
import type { Draft, LabelSource, Rule, RuleContext, Statement } from './types'

/** How a label was found, and whether that is a reason to check it. */
const SOURCE_REASON: Record<LabelSource, ConfidenceReason | null> = {
  subject: null,
  noun: null,
  list: null,
  'list-completed': null,
  'previous-list': 'label-from-list',
  'previous-levels': null,
  context: null,
  'context-far': 'label-from-context',
}

function isListSource(source: LabelSource | null): boolean {
  return source === 'list' || source === 'list-completed' || source === 'previous-list' || source === 'previous-levels'
}

/**
 * A label that may be a fragment: one or two characters, a generic word, a measure without its owner, a bare rate
 * (`参合率`), or a leftover verb or particle.
 */
export function isVagueLabel(label: string): boolean {
  if (isTimeOnlyLabel(label)) return true
  if ([...label].length <= 2) return true
  if (isGeneric(label)) return true
  // 其他基地, 其余实事: the others of a set named before, which the label does not say.
  if (/^其[他余].{1,3}$/u.test(label)) return true
  // 产量, 存栏, 吞吐量 alone: a measure whose owner was not found (rules/owner-measure.ts).
  if (BARE_OWNED_MEASURES.includes(label)) return true
  // 鹿鸣矿业实现产值: a verb left between the owner and its measure, where a reading stopped short.
  if (DEEDS.some((w) => label.indexOf(w) > 0)) return true
  // 受益群众达, 补助标准从, 产业园分别新增企业: a reading that stopped at the word before the value, or kept the
  // word that pairs a list.
  if (/(?:从|由|至|到|(?<![发通直抵])达)$/.test(label) || label.includes('分别')) return true
  // 高于规上工业10个百分点: what the figure is compared with, not whose it is.
  if (LABEL_OPENED_BY_A_COMPARISON.test(label) || LABEL_HOLDING_A_COMPARISON.test(label)) return true
  // 总量占全省比重: a share of a total whose owner was not found.
  const part = /^([^占]{2,3})占/.exec(label)?.[1]
  if (part && isGeneric(part)) return true
  // 基础上, 基础上再向社会: the frame a figure is told in (`完成6353亿元的基础上`) read as what it measures.
  if (label.startsWith('基础上')) return true
  // 每天新增, 日均办事: a rate per day or year whose owner was not found (`新登记注册企业…，平均每天新增1.2万户`).
  if (/^(?:平均)?(?:每(?:天|日|月|年)|日均|月均)[\u4e00-\u9fff]{1,4}$/u.test(label)) return true
  // 年度任务（, 县（市比例, 开工（保障性租赁住房: a reading that ran into a note in brackets, or stopped inside one.
  if (/[（(][^）)]*$/.test(label)) return true
  // 居全省, 位列全国: a rank verb and where, with nothing ranked.
  if (RANK_VERB_AND_SCOPE.test(label)) return true
  // 新建改造提升, 续建、竣工: verbs of works with nothing built.
  if (WORK_VERBS_ALONE.test(label)) return true
  if (PLACE_BEFORE_A_CUT_VERB.test(label)) return true
  // 家庭进行无障碍改造, 特色产业作为主攻方向: a light verb inside names what was done with the things, not a measure.
  if (/.{2}(?:(?<![引推促增先演])进行(?![业政])|(?<![不慢乱])作为)./u.test(label)) return true
  // 最关键的指标就是地区生产总值, 利用市外资金是十一五: a copula inside says what the thing is, or compares it; 专家在我区,
  // 向我市投资: the report's own place, named inside, belongs to a clause, not to the name of a measure.
  if (/.{2}是./u.test(label) && !label.includes('金山银山')) return true
  if (/.我(?:省|市|区|州|县|盟)/u.test(label)) return true
  // 税收收入只, 重大项目共, 内新开工项目就, 贫困县将: an adverb of the predicate left at the label's end.
  if (/(?:只|就|将|再|共|合计|每)$/.test(label) && !/(?:[船牛羊猪禽头]只|公共)$/.test(label)) return true
  // 运营总里程: a total whose owner was not found, only how it is counted.
  if (MEASURE_MODIFIERS.some((w) => label.startsWith(w) && isGeneric(label.slice(w.length)))) return true
  if (WORDS_LIKE_OPENERS.some((w) => label.startsWith(w))) return false
  // 参合率, 创建率: a rate without what it is of (赤字率 is an indicator of its own).
  if (/^[\u4e00-\u9fff]{2}率$/.test(label)) return indicatorOf(label) === null
  // 对俄出口, 与共建…国家贸易额: a preposition before four characters or more names whose trade or transfer is measured
  // (the label files keep it); before fewer it is a fragment. 为企业减负: what was done for whom.
  const opensWhose = (/^(对|与|向)/.test(label) && [...label].length >= 4) || namesReliefFor(label)
  // 占GDP比重: a share whose owner was not found.
  return (!opensWhose && /^(了|的|和|及|与|或|并|而|但|在|从|由|对|为|将|把|被|比|较|其|以|按|向|给|占)/.test(label)) || /(了|的|和|及|与|或|并|在)$/.test(label)
}

/** Units of rates, which say how something changed by themselves. */
const RATE_CLASSES: readonly FigureToken['cls'][] = ['pct', 'ppt', 'times', 'rank', 'ratio']
/**
 * The words of an increase (a fall included), one list, each with where it says that the figure after it is an
 * increase and not a level: `afterBase` after a comparison base right before the figure (`比上年增加51个`, `同比多`,
 * `较上年末新增`); `alone` as the whole clause before it, after a figure of the same label (`地方财政赤字5000亿元，增加
 * 1000亿元`); `before` as the verb right before it (`收入分别增加6676元`, `贷款余额增长168亿元`; a fall, 减少N, is read as
 * a negative value, which says itself that it is no level).
 */
const INCREASE_WORDS: readonly { word: string; afterBase?: true; alone?: true; before?: true }[] = [
  { word: '增加', afterBase: true, alone: true, before: true },
  { word: '净增', afterBase: true, alone: true, before: true },
  { word: '增长', before: true },
  { word: '新增', afterBase: true },
  { word: '减少', afterBase: true, alone: true },
  { word: '净减', alone: true },
  { word: '增', alone: true },
  { word: '减', alone: true },
  { word: '多', afterBase: true, alone: true },
  { word: '少', alone: true },
]
const increaseWords = (role: 'afterBase' | 'alone' | 'before'): string => INCREASE_WORDS.filter((w) => w[role]).map((w) => w.word).join('|')
const INCREASE_OVER_LAST_YEAR = new RegExp(`(?:(?:比|较)(?:上年|去年|上年末|去年同期|上年同期|年初)|同比)(?:${increaseWords('afterBase')})了?$`, 'u')
const INCREASE_ALONE = new RegExp(`^(?:${increaseWords('alone')})了?$`, 'u')
const INCREASE_VERB_BEFORE = new RegExp(`(?:${increaseWords('before')})了?(?:分别|均|共|累计)?$`, 'u')
/** Words that say in the label itself that the figure is an increase (`市场主体净增`, `新增就业`, `增量`). */
const INCREASE_IN_LABEL = /增加|减少|净增|净减|增长|增量|新增|增收|增产/u

/**
 * An increase read under the name of the level it raised: a slide showing it so would say the deficit is 1000亿元
 * (`地方财政赤字5000亿元，增加1000亿元`), the income 6676元 (`农村居民人均可支配收入增加6676元`), the projects 51
 * (`新开工项目56个，比上年增加51个`).
 */
function increaseReadAsLevel(st: Statement, ctx: RuleContext, d: Draft): boolean {
  // After a comparison base: any figure that is not a rate or already read as a change.
  if (d.kind !== 'change' && d.kind !== 'growth' && !RATE_CLASSES.includes(d.token.cls) && INCREASE_OVER_LAST_YEAR.test(ctx.norm.slice(Math.max(st.clauseStart, d.token.start - 12), d.token.start))) return true
  if (d.kind !== 'amount' && d.kind !== 'count') return false
  const before = ctx.norm.slice(st.clauseStart, d.token.start)
  // (The verb before the first of a list's values is the verb of them all: 分别增加12891元、6676元.)
  const beforeFirst = ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? d.token.start)
  if (INCREASE_VERB_BEFORE.test(beforeFirst) && !INCREASE_IN_LABEL.test(d.label)) return true
  if (!INCREASE_ALONE.test(before)) return false
  return ctx.sentence.previous.some((p) => p.label === d.label && p.token.cls === d.token.cls && p.token.start < d.token.start)
}

/** A rate word at a label's end: the label names a rate, not the level of the thing. */
const NAMES_A_RATE = /(?:增速|增幅|涨幅|降幅|增长率|速度|率|比重|占比|比例)$/u
/** A rank given to several figures before it at once (`均居全区第1`, `均为中部第1`, `分别居全省第2、第3位`; not the 均 of 人均). */
const RANK_SHARED = /(?:(?<![人平年])均|都|分别)[^，,；;。]*$/u

/**
 * `外贸进出口增长65.1%，加工贸易增长105.1%，均居全区第1`: one rank shared by the growths before it ranks the growth
 * rates, yet each reads under the name of the thing grown (a slide would rank the trade itself). Where the clause also
 * ranks the rate by its own name (`总量和增速均居…`), the bare label is the level's, and sure.
 * (A rank of one growth alone, `增长7.8%、位居全省第二`, is labelled with the indicator by the label files and read so.)
 */
function ranksTheGrowthsOfItsLabels(st: Statement, ctx: RuleContext, d: Draft): boolean {
  if (d.kind !== 'rank' || !d.label || NAMES_A_RATE.test(d.label)) return false
  if (!RANK_SHARED.test(ctx.norm.slice(st.clauseStart, d.token.start))) return false
  if (st.drafts.some((o) => o !== d && o.label.startsWith(d.label) && NAMES_A_RATE.test(o.label))) return false
  // (A gap in points between, `分别高于全国2个、1.3个百分点，均为中部第1`, compares the growth too.)
  // (`工业投资1396亿元，增长42%，均居全省第二`: a level of the same label before shares the rank, which is then the level's.)
  const before = ctx.sentence.figures.filter((f) => f.label === d.label && f.kind !== 'change' && f.token.start < d.token.start)
  return before.length > 0 && before.every((f) => f.kind === 'growth')
}

/** A verb of driving something else up, then up to eight characters of whose it is or what else (`带动陕西`, `拉动全市`). */
const DRIVEN_BEFORE = /(?:带动|拉动|撬动)[^,;:。!?]{0,8}$/u
/**
 * What says the total is meant after such a verb: the whole place (`带动全市固定资产投资…`), or the total reached
 * (`带动固定资产投资完成892亿元`).
 */
const TOTAL_AFTER_DRIVEN = /全[国省区市县州旗]|全社会|完成|实现|达到?|突破/u

/**
 * `中欧班列开行6037列，带动陕西进出口415.4亿元`: an amount a programme drove, read under the name of a standard
 * indicator. It is that programme's part of the trade, or the total the report means; no reading can tell, and a slide
 * showing it as the province's trade would be wrong, so it is for a person to check, with the change read after it.
 */
function drivenUnderAnIndicator(st: Statement, ctx: RuleContext, d: Draft): boolean {
  if (!measuresAnIndicator(ctx, d)) return false
  const namedDriven = (before: string): boolean => {
    const at = before.lastIndexOf(d.label.slice(0, 2))
    const verb = at >= 0 ? DRIVEN_BEFORE.exec(before.slice(0, at)) : null
    return verb !== null && !TOTAL_AFTER_DRIVEN.test(before.slice(verb.index))
  }
  // (`、增长11.7%` after it: a change read under the label carried from the driven figure is as unsure.)
  const carriedFrom = d.labelSource === 'context' || d.labelSource === 'context-far' ? ctx.sentence.figures.findLast((p) => p !== d && p.label === d.label) : undefined
  if (carriedFrom) return carriedFrom.kind !== 'growth' && namedDriven(ctx.norm.slice(ctx.sentence.start, carriedFrom.token.start))
  // (`带动固定资产投资增长5.1%`: the growth it drove is the total's own; only a level driven is a part of it.)
  return d.kind !== 'growth' && namedDriven(ctx.norm.slice(Math.min(st.listStart, st.clauseStart), d.token.start))
}

/**
 * Does the figure measure a headline indicator? (`陕西进出口`: the report's own place before the indicator is dropped
 * from the label later, in analyze.ts.)
 */
function measuresAnIndicator(ctx: RuleContext, d: Draft): boolean {
  return d.label !== '' && indicatorOfFigure(withoutOwnPlace(d.label, ctx.place ?? null), d.kind) !== null
}

/**
 * `举全市之力支持曹妃甸高质量发展，确保年内地区生产总值增长9%`, `支持武都区建设区域中心城市，地区生产总值达到200亿元`: a
 * sentence that opens on one part of the place (backed by the whole of it, or a zone or county supported to develop; not
 * a campaign the whole place wages, `举全市之力打赢脱贫攻坚战`) goes on with that part's figures; an indicator read there without an owner may be the part's or the place's. A slide showing the
 * part's GDP target as the city's would be wrong, so it is for a person to check.
 */
const PART_SUPPORTED =
  /举全[省市区县州旗]之力(?:支持|加快|推动|助推)[\u4e00-\u9fff]{2,8}?(?:高质量|率先|跨越式?)?(?:发展|建设|崛起|振兴)|(?:支持|推动|促进|助推)[\u4e00-\u9fff]{1,8}?(?:新区|开发区|高新区|经开区|园区|港区|自贸区|[县区])(?:高质量|加快|率先|跨越式?)?(?:发展|建设|崛起)/u

function partOfPlaceBefore(st: Statement, ctx: RuleContext, d: Draft): boolean {
  if (!measuresAnIndicator(ctx, d)) return false
  return PART_SUPPORTED.test(ctx.norm.slice(ctx.sentence.start, Math.min(st.listStart, st.clauseStart)))
}

/** (`试点改造`, `示范创建`: a pilot or a model says how the works were done, still not what was built.) */
const WORK_VERBS_ALONE = new RegExp(`^(?:试点|示范)?(?:(?:${WORK_VERB_PARTS.join('|')})[、和及与]?)+$`, 'u')

/**
 * `农业转移人口在城镇`, `企业在园区`: a place after 在 ends a name only where the reading stopped before the verb that
 * place goes with (落户, 入驻); what was done there is lost. (Not 在 inside a word: 存在, 所在, 潜在.)
 */
const PLACE_BEFORE_A_CUT_VERB = /.(?<![潜存现实自所内外正好])在(?:城镇|城市|城区|农村|乡村|本地|当地|外地|异地|省内|省外|市内|市外|县内|县域|境内|境外|国内|国外|海外|园区|基层|社区)$/u

/**
 * `重点项目和世行贷款促进项目`: two things joined by 和 (及, 与) that end in the same head are named one by one; the count
 * before the first may count it alone (`8个重点项目`), or both: no reading can tell.
 */
function twoThingsOfOneHead(label: string): boolean {
  for (const m of label.matchAll(/[和及与]/gu)) {
    const left = label.slice(0, m.index)
    const right = label.slice((m.index ?? 0) + 1)
    if ([...left].length >= 3 && [...right].length >= 4 && left.slice(-2) === right.slice(-2)) return true
  }
  return false
}

const RANK_VERB_AND_SCOPE = new RegExp(`^(?:${RANK_VERBS.join('|')})(?:全国|全省|全区|全市|全州|全县|全球|世界|中部|西部|东部|东北)?$`, 'u')

/** Does a predicate stand inside a noun read after a count (past its first two characters, before its last)? */
function hasPredicate(label: string): boolean {
  return PREDICATES_AFTER_THINGS.some((w) => {
    const at = label.indexOf(w, 2)
    return at > 0 && at + w.length < label.length
  })
}

/** Does the label end in the 新 of a verb it was cut from (`疾病新`), not in a word ending in 新 (创新, 更新, 专精特新)? */
function endsInNewOfAVerb(label: string): boolean {
  return label.length > 2 && label.endsWith('新') && !WORDS_ENDING_IN_NEW_AFTER.includes(label[label.length - 2] as string)
}

/** A count in a unit of things (所, 个, 家) of a noun that ends in the work done on them (`…扶持工作`). */
function countsThingsBeforeWork(label: string, unit: string): boolean {
  return WORK_NOUNS.some((w) => label.endsWith(w) && label.length > w.length + 2) && !UNITS_OF_WORK.some((u) => unit.endsWith(u))
}

/** Does a figure of this unit class fit what the label measures? Rates, changes and ranks fit any label. */
export function unitFits(label: string, cls: FigureToken['cls']): boolean {
  if (cls === 'pct' || cls === 'ppt' || cls === 'times' || cls === 'rank' || cls === 'ratio') return true
  const ending = LABEL_UNIT_CLASSES.find(([w]) => label.endsWith(w))
  return ending === undefined || ending[1] === cls
}

/** A year written inside a label (`小康社会2011年程度`), not at its end as a year compared with. */
const YEAR_IN_LABEL = /(?:19|20)\d{2}年(?:度)?(?=[\u4e00-\u9fff])/u
/** A part taken out of what is measured, before the figure (`剔除房地产业后`, `不含土地出让收入`), but not prices. */
const EXCLUSION_BEFORE = /(?:剔除|扣除|不含|不包括|除去)(?!价格|物价|通胀)[^，,。；;]{1,16}/u
/** A label closing on a bound and an amount (`财政收入过30亿元`, `产值超10亿元`): a threshold, with no thing after it. */
const THRESHOLD_AT_LABEL_END = /(?:过|超过|超|突破|以上)[\d.]+[万亿千百]*[元美元吨人户]*$|[\d.]+[万亿千百]*元以上$/u

/**
 * Why a figure may be wrong, for a person to check (`待核对`): the label was completed from a list or carried
 * from further back, or looks like a fragment, or one label went to several values of a list; the kind was guessed;
 * the number was written in words.
 * (Period reasons are added where the period is decided, in analyze.ts.)
 */
export const confidence: Rule = {
  name: 'confidence',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      const fromSource = d.labelSource ? SOURCE_REASON[d.labelSource] : 'label-vague'
      if (fromSource) d.reasons.add(fromSource)
      // 经济增长6%左右: a short name that a growth makes an indicator (GDP's) is no fragment.
      if (d.label && isVagueLabel(d.label) && !(indicatorOf(d.label) === null && indicatorOfFigure(d.label, d.kind) !== null)) d.reasons.add('label-vague')
      // 26家科创企业入驻某研究院, 9个保险品种实施政策性保险: what the things counted did, read into their name.
      if (d.labelSource === 'noun' && !d.deedRead && hasPredicate(d.label)) d.reasons.add('label-vague')
      if (d.labelSource === 'noun' && twoThingsOfOneHead(d.label)) d.reasons.add('label-vague')
      // 在3条重点线路上设置指示牌, 在50个社区开展试点, 在24小时内保障了畅通: the things counted are where the deed after
      // them was done (or a time limit), which the noun does not say. (After 对 they are what it acted on, as after a verb.)
      if (d.labelSource === 'noun' && frameBefore(st, ctx) === '在') d.reasons.add('label-vague')
      // 14种疾病新纳入…, 66个项目新开工: a short noun read with the 新 of the verb after it is a fragment (疾病新).
      if (d.labelSource === 'noun' && endsInNewOfAVerb(d.label)) d.reasons.add('label-vague')
      // 居东北地区, 位列金牌榜: a rank that kept its verb named nothing ranked.
      if (d.kind === 'rank' && RANK_LABEL_OPENED_BY_ITS_VERB.test(d.label)) d.reasons.add('label-vague')
      // 8所初中国家义务教育质量监测工作, 800个经济薄弱村扶持工作: schools and villages are counted, not the work done in them;
      // where the things end inside the noun is not known.
      if (d.labelSource === 'noun' && !d.deedRead && countsThingsBeforeWork(d.label, d.token.unit)) d.reasons.add('label-vague')
      // 拆炉并网工程新接入集中供热面积…，使2.58万户: a label whose measure the unit does not fit.
      if (d.label && !unitFits(d.label, d.token.cls)) d.reasons.add(d.labelSource === 'context' || d.labelSource === 'context-far' ? 'label-from-context' : 'label-vague')
      // 新开工项目56个，比上年增加51个, 地方财政赤字5000亿元，增加1000亿元: an increase read as a level.
      if (increaseReadAsLevel(st, ctx, d)) d.reasons.add('kind-guessed')
      // 居全国首位, 翻一番: ranks and doublings in words are read without doubt; other numbers in words may not be.
      // 倒数第2位: a rank counted from the bottom is not the second place, whatever a chart would make of it.
      if (ranksTheGrowthsOfItsLabels(st, ctx, d)) d.reasons.add('label-vague')
      if (drivenUnderAnIndicator(st, ctx, d)) d.reasons.add('label-vague')
      if (partOfPlaceBefore(st, ctx, d)) d.reasons.add('label-from-context')
      // 小康社会2011年实现程度为74.3%, 继2007年机械行业主营业务收入过1000亿元: a year left inside the label was not read as
      // the figure's time, so neither the label nor the period can be trusted.
      if (YEAR_IN_LABEL.test(d.label)) d.reasons.add('label-vague')
      // 剔除房地产业后增长7.6%: a figure of the thing without a part of it is not the thing's (its own growth was 5.8%);
      // the label does not say so. (扣除价格因素 only says the growth is real, as the genre's growths are.)
      if (EXCLUSION_BEFORE.test(ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? st.clauseStart))) d.reasons.add('label-vague')
      // 生产总值过400亿元的5个、财政收入过30亿元的3个: a count whose label ends on the threshold its things pass names the
      // class but not the things (县区); a person says what was counted.
      if (d.token.cls === 'count' && THRESHOLD_AT_LABEL_END.test(d.label)) d.reasons.add('label-vague')
      if ((d.token.converted && d.token.cls !== 'rank' && d.token.cls !== 'times') || d.token.fromBottom) d.reasons.add('value-converted')
      // 存贷款余额分别增长6.9%、6.6%: a list whose items were not told apart gives two values one label.
      // (Not a change from one level to another, nor two units of one thing: `96户、183人`.)
      // 危废产生和经营单位…合格率分别达到96%和98% → 危废产生: a share paired from a list whose label names no rate or
      // share lost the measure the list shares.
      if (d.kind === 'share' && isListSource(d.labelSource) && !SHARE_WORDS.some((w) => d.label.endsWith(w)) && !d.label.includes('占')) d.reasons.add('label-from-list')
      if (st.shape === 'list' && st.drafts.some((o) => o !== d && o.label === d.label && o.value !== d.value && o.token.unit === d.token.unit)) d.reasons.add('label-from-list')
    }
  },
}

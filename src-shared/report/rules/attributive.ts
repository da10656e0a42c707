import { COUNTING_VERBS } from '../words/counting-verbs'
import { CATEGORY_COUNT_AT_END, CATEGORY_NOUNS, LABEL_UNIT_CLASSES, NOT_IN_A_PLAIN_NOUN, SCOPE_PREFIXES } from '../words/labels'
import { AREA_NOUN_ENDINGS, AREAS, LENGTHS, LINE_NOUN_ENDINGS, POWER_NOUN_ENDINGS, POWER_UNIT, WITHIN, WORKING_TIME_UNITS } from '../words/units'
import { cleanLabel, lastObjectVerb, objectClause, RATING_AHEAD } from './clause'
import { worksAhead } from './bare-measure'
import type { Rule, RuleContext, Statement } from './types'
import { countAfterActingVerb } from './verb-with-short-noun'
import { countAfterParticle } from './particle-before-count'

/** Where, the only words before a count of a noun: the report's scope, or town and country (城镇, 农村). */
const SCOPES_BEFORE_COUNT: readonly string[] = [...SCOPE_PREFIXES, '城镇', '农村', '城乡']

/** What joins the items of a list. */
const LIST_JOINERS: readonly string[] = ['、', '和', '及', '与']
/** A grade (`省级`, `国家级`) opening an item of a list. */
const GRADE = /^[\u4e00-\u9fff]{1,3}级$/u

/**
 * A figure before a noun is an attribute of it, not a figure of its own (`华友二期10万吨高纯镍…开工`,
 * `1万亿元特别国债资金24.5亿元`), unless it is the object of the clause: right after a verb that takes a counted
 * object (`新增150项关键技术`), at the head of the clause (`10个“二线口岸”正式启用`), or after an enumeration
 * (`X、Y等6项封关政策`). A subject with its own verb makes the noun an apposition (`控制在4%的较低水平`).
 */
/** A capacity written before its works: `日处理鲜奶500吨生产加工项目`, `年产10万吨生产线`. */
const CAPACITY = /(日|年|小时)(处理|产|供|加工|吞吐|屠宰|发电|转化)[\u4e00-\u9fff]{0,4}$/

export const attributive: Rule = {
  name: 'attributive',
  apply(st, ctx) {
    if (st.shape === 'from-to' || st.drafts.every((d) => d.labelSource === 'noun' || d.labelSource === 'context')) return
    // 超50亿元的4个: a figure before 的 and another figure describes that one.
    const after = st.tokens[st.tokens.length - 1]
    if (after && ctx.norm[after.end] === '的' && /\d/.test(ctx.norm[after.end + 1] ?? '')) {
      st.dropped = true
      return
    }
    if (st.tail !== 'noun') return
    // 开办企业3个工作小时内办结: a working time a deed is done within bounds the deed; it describes no noun. (After a
    // count, `12个项目3个工作日内办结`, it is each one's norm, as before.)
    if (st.tokens.length === 1 && after && after.postWord === WITHIN && WORKING_TIME_UNITS.includes(after.unit) && !countBefore(ctx.norm, after.start)) return
    // 投资9.1亿元推进15个现代农业园区建设: an amount the clause goes on to spend on works is no size of a noun.
    if (after?.cls === 'money' && worksAhead(ctx.norm, after.end)) return
    // 2×66万千瓦发电机组: a size multiplied by the number of units describes the works.
    const first = st.tokens[0]
    if (first && /[×xX*]$/.test(ctx.norm.slice(st.clauseStart, first.start))) {
      st.dropped = true
      return
    }
    // 66个重点项目54亿元的投资计划: a count of things, then an amount of theirs; both are figures.
    const next = st.following
    if (st.nounThenFigure && after?.cls === 'count' && (next?.cls === 'money' || next?.cls === 'measure') && ctx.norm[next.end] === '的' && st.noun?.end === next.start) return
    // 整合36家企业900亿元资产, 完成7个项目94万平方米回迁房任务: a count of things, then how much of them, before a noun.
    if (st.nounThenFigure && countThenAmount(st, ctx)) return
    if (amountAfterCountedNoun(st, ctx)) return
    if (st.nounThenFigure) {
      st.dropped = true
      // 推出8个方面90项政策措施: the clause before still governs the next figure.
      if (st.noun && CATEGORY_NOUNS.includes(ctx.norm.slice(st.noun.start, st.noun.end))) st.transparent = true
      return
    }
    // 10万吨高纯镍、40万吨磷酸铁锂等项目: the next item of a list of attributes is one too; but a count closing the list
    // with 等 counts its items (`30万吨原油码头、滚装码头一期等6个码头项目`).
    const countsTheList = st.tokens[0]?.cls === 'count' && /等$/.test(objectClause(st.pre))
    if (ctx.sentence.droppedEnd >= 0 && st.clauseStart === ctx.sentence.droppedEnd + 1 && ctx.norm[ctx.sentence.droppedEnd] === '、' && !countsTheList) {
      st.dropped = true
      return
    }
    // 14个产业生态圈、66个产业功能区和2800万平方米科创空间: the next item of a list of counted nouns is one too.
    if (itemAfterCountedNoun(st, ctx)) return
    // 安置房返迁13个项目、2582户: a count of things, then, joined by 、, a bare count closing the clause: two counts of
    // one deed, the first no attribute.
    if (countsOfOneDeed(st, ctx)) return
    // 12类55件民生实事, 等10大类46项…: the count of categories before is no subject of the count.
    const raw = objectClause(st.pre).replace(CATEGORY_COUNT_AT_END, '')
    const subject = cleanLabel(st.pre.subject.replace(CATEGORY_COUNT_AT_END, ''))
    if (st.pre.verb !== null && subject !== '' && raw === st.pre.subject) return
    // 把14亿多中国人饭碗…: the number belongs to the object of a later verb; 日处理3万吨水厂, 年产10万吨生产线: a
    // capacity names the works.
    if (/把$/.test(raw) || CAPACITY.test(raw)) {
      st.dropped = true
      return
    }
    if (subject === '' || /等$/.test(raw)) return
    // 河西走廊第三通道和6个330千伏变电站建成投用, 白土窑、坝上2个500千伏输变电工程: a count of rated works counts them;
    // the rating is no figure that could make the count an attribute.
    if (st.tokens[0]?.cls === 'count' && RATING_AHEAD.test(ctx.norm.slice(st.noun?.start ?? 0, (st.noun?.start ?? 0) + 10))) return
    // 打通6条断头路 but 抓好存量工业700万吨露天矿: the verbs that take a count take no size of the noun; but a figure in
    // the unit its noun is measured in is how much of it there is (统筹整合769亿元资金).
    const verb = lastObjectVerb(raw)
    if (verb && (st.tokens[0]?.cls === 'count' || !COUNTING_VERBS.includes(verb.verb) || measuresNoun(st, ctx))) return
    // 服务1108家企业, 交付7万多套房屋: a verb acting on the things counted, right before the count, takes it as its object.
    if ((st.tokens[0]?.cls === 'count' || extentOfNoun(st, ctx)) && st.noun && countAfterActingVerb(raw, ctx.norm.slice(st.noun.start, st.noun.end), ctx.norm.slice(st.noun.end, st.noun.end + 8))) return
    // 谋划了1481个重大项目: 了 right before a count of projects makes it the object of the verb, known or not.
    if (st.tokens[0]?.cls === 'count' && st.noun && countAfterParticle(raw, ctx.norm.slice(st.noun.start, st.noun.end))) return
    // 全省1.2万户困难群众, 城镇3.5万户住房困难家庭: after no more than where, a count is of the noun.
    if (!verb && st.tokens[0]?.cls === 'count' && SCOPES_BEFORE_COUNT.includes(raw)) return
    // 动态化解2.08万户8万人返贫致贫风险: households and their people, counted in a row before what they are, are two
    // figures of it, not a size of the noun; but where the noun ends after a verb no rule knows is not known
    // (`…监测对象实现帮扶全覆盖`, `…移居川区`): a person checks the label.
    if (householdsThenPeople(st, ctx)) {
      for (const d of st.drafts) d.reasons.add('label-vague')
      return
    }
    // 对12条86公里河道进行综合治理, 新建8座1.2万平方米校舍: how many of the things, then how long or how large they are
    // together, in a row before them: two figures of them, not a size of one (units-in-a-row names both).
    const extent = countThenExtent(st, ctx)
    if (extent) {
      // (对…河道进行综合治理: where the noun runs on into the deed done to it, how the label reads is not known.)
      // (荔波至河池、…、罗城至鹿寨4条…高速公路: after a list of names, the words before the count name only its last.)
      const afterNames = ctx.norm.slice(st.listStart, st.tokens[0]?.start ?? st.listStart).includes('、')
      if (extent === 'deed after' || afterNames) for (const d of st.drafts) d.reasons.add('label-vague')
      return
    }
    st.dropped = true
  },
}

/** A count, its noun, 、, then a count with no noun closing the clause (`13个项目、2582户，`). */
function countsOfOneDeed(st: Statement, ctx: RuleContext): boolean {
  const count = st.tokens[0]
  const next = st.following
  if (st.tokens.length !== 1 || count?.cls !== 'count' || next?.cls !== 'count' || !st.noun) return false
  if (ctx.norm.slice(st.noun.end, next.start) !== '、' || next.post !== null) return false
  return /^(?:[，,；;。！!？?]|$)/u.test(ctx.norm.slice(next.end, next.end + 1))
}

/** `2.08万户8万人`: two counts side by side, of households then of people. */
function householdsThenPeople(st: Statement, ctx: RuleContext): boolean {
  const [households, people] = st.tokens
  if (st.shape !== 'list' || st.tokens.length !== 2 || !households || !people || people.start !== households.end) return false
  // (25户100人以上自然村: a bound after them makes a size class of the noun, no figure.)
  if (households.post !== null || people.post !== null || ctx.norm[people.end] === '的') return false
  return households.cls === 'count' && people.cls === 'count' && households.unit.endsWith('户') && /(?:人|名)$/u.test(people.unit)
}

/** `12条86公里河道`: a count, then right after it a length or area, of the noun after them. */
function countThenExtent(st: Statement, ctx: RuleContext): 'noun' | 'deed after' | null {
  const [count, extent] = st.tokens
  if (st.shape !== 'list' || st.tokens.length !== 2 || !count || !extent || extent.start !== count.end || !st.noun) return null
  // (3条50公里以上河流: a bound makes a size class of the noun, no figure; 2条10公里的路: the length of each.)
  if (count.post !== null || extent.post !== null || ctx.norm[extent.end] === '的' || count.cls !== 'count') return null
  // (河道进行综合治理: the noun as read may run on into what is done to it.)
  const read = ctx.norm.slice(st.noun.start, st.noun.end)
  const noun = read.replace(DEED_AFTER_NOUN, '')
  const line = LENGTHS.some((u) => extent.unit.endsWith(u)) && !extent.unit.endsWith('平方公里')
  const named = line ? LINE_NOUN_ENDINGS.some((e) => noun.endsWith(e)) : AREAS.some((u) => extent.unit.endsWith(u)) && AREA_NOUN_ENDINGS.some((e) => noun.endsWith(e))
  if (!named) return null
  return noun === read ? 'noun' : 'deed after'
}

/** A deed the noun as read may run on into (`河道进行综合治理`, `农田实施…`). */
const DEED_AFTER_NOUN = /(?:进行|实施|开展|完成|得到|全部|基本).*$/u

/** How far back a count may stand before a working time in its clause (`12个项目3个工作日内办结`). */
const COUNT_BEFORE_REACH = 16
/** Is there a number earlier in the clause that ends at `at`? */
function countBefore(norm: string, at: number): boolean {
  const head = norm.slice(Math.max(0, at - COUNT_BEFORE_REACH), at)
  return /\d/.test(head.slice(Math.max(...[...'，,；;。:：、\n'].map((c) => head.lastIndexOf(c))) + 1))
}

/** The noun after the figure ends in a word measured in the figure's unit (`资金` after `亿元`). */
function measuresNoun(st: Statement, ctx: RuleContext): boolean {
  const first = st.tokens[0]
  if (!st.noun || !first) return false
  const noun = ctx.norm.slice(st.noun.start, st.noun.end)
  return LABEL_UNIT_CLASSES.some(([ending, cls]) => cls === first.cls && noun.endsWith(ending)) || extentOfNoun(st, ctx)
}

/**
 * The figure is a length of lines, an area of land or floor space or the power of plants, before such a noun
 * (`消除6500公里垃圾河`, `拆除12万平方米违法建筑`, `关停133.1万千瓦煤电机组`): how much of it a deed reached, not the size of
 * a single one.
 */
function extentOfNoun(st: Statement, ctx: RuleContext): boolean {
  const first = st.tokens[0]
  if (!st.noun || !first || st.tokens.length !== 1 || first.post !== null) return false
  const noun = ctx.norm.slice(st.noun.start, st.noun.end)
  // 50公里长的大道: the length of one; 每人整治1亩农田: a norm per head.
  if (/^[长宽的]/u.test(noun) || ctx.norm.slice(st.clauseStart, first.start).includes('每')) return false
  if (LENGTHS.some((u) => first.unit.endsWith(u)) && !first.unit.endsWith('平方公里')) return LINE_NOUN_ENDINGS.some((e) => noun.endsWith(e))
  if (first.unit.endsWith(POWER_UNIT)) return POWER_NOUN_ENDINGS.some((e) => noun.endsWith(e))
  return AREAS.some((u) => first.unit.endsWith(u)) && AREA_NOUN_ENDINGS.some((e) => noun.endsWith(e))
}

/**
 * The statement is the next item of a list of counted nouns (`14个产业生态圈、66个产业功能区`, `…和市级25件民生实事`):
 * the statement before it named its figure after its noun, and a joiner (with a grade, `和市级`) is all that stands
 * between. Returns that statement, or null.
 */
export function itemAfterCountedNoun(st: Statement, ctx: RuleContext): Statement | null {
  const first = st.tokens[0]
  const previous = ctx.sentence.previousStatement
  const noun = previous?.tail === 'noun' && previous.drafts[0]?.labelSource === 'noun' ? previous.noun : null
  if (!first || !previous || !noun) return null
  const gap = ctx.norm.slice(noun.end, first.start)
  return LIST_JOINERS.some((j) => gap === j || (gap.startsWith(j) && GRADE.test(gap.slice(j.length)))) ? previous : null
}

/**
 * A count, its noun, then an amount in a unit of measure or money standing before a noun of its own (`整合36家企业900亿元
 * 资产`, `改造120个老旧小区350万平方米`): two figures of the same things, the amount no size of a single one. Not a
 * threshold or a class (`10亿元以上项目`, `万吨级`), and not when the noun between is itself a measure (`总投资`).
 */
function countThenAmount(st: Statement, ctx: RuleContext): boolean {
  const count = st.tokens[st.tokens.length - 1]
  const amount = st.following
  if (st.tokens.length !== 1 || count?.cls !== 'count' || !amount || !st.noun || st.noun.end !== amount.start) return false
  if (amount.cls !== 'money' && amount.cls !== 'measure') return false
  if (amount.post !== null || DURATION_UNIT.test(amount.unit)) return false
  const noun = ctx.norm.slice(st.noun.start, st.noun.end)
  // (A noun of one or two characters, `7个项目94万平方米回迁房`, says too little to name the count on a slide.)
  if (noun.length < 3 || noun.length > PLAIN_NOUN_REACH || LABEL_UNIT_CLASSES.some(([ending]) => noun.endsWith(ending))) return false
  if (NOT_IN_A_PLAIN_NOUN.some((w) => noun.includes(w))) return false
  return /^[\u4e00-\u9fff]/u.test(ctx.norm[amount.end] ?? '') && !AFTER_AN_AMOUNT_NOT_ITS_NOUN.test(ctx.norm.slice(amount.end, amount.end + 2))
}

/** A time (`24小时`, `3个工作日内`) says how long, not how much of the things counted. */
const DURATION_UNIT = /(?:小时|天|日|分钟|年|月)$/u
/** How long the noun between the two figures may be: a plain noun, not a clause. */
const PLAIN_NOUN_REACH = 8

/** What may follow an amount without being its noun: a class (`级`), a bound, a verb or 的. */
const AFTER_AN_AMOUNT_NOT_ITS_NOUN = /^(?:级|以上|以下|左右|的|用于|投资|建设|实施|内|之内|范围|新|建成|开工|竣工|通车|完成|全部)/u

/** The amount of a count-then-amount pair (`整合36家企业900亿元资产`): the statement before kept the count. */
function amountAfterCountedNoun(st: Statement, ctx: RuleContext): boolean {
  const previous = ctx.sentence.previousStatement
  const first = st.tokens[0]
  return !!previous && !!first && previous.noun?.end === first.start && previous.following === first && !previous.dropped && countThenAmount(previous, ctx)
}

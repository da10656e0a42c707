import { COUNTING_VERBS } from '../words/counting-verbs'
import { CATEGORY_COUNT_AT_END, CATEGORY_NOUNS, LABEL_UNIT_CLASSES, SCOPE_PREFIXES } from '../words/labels'
import { cleanLabel, lastObjectVerb, objectClause, RATING_AHEAD } from './clause'
import { worksAhead } from './bare-measure'
import type { Rule, RuleContext, Statement } from './types'

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
    // 全省1.2万户困难群众, 城镇3.5万户住房困难家庭: after no more than where, a count is of the noun.
    if (!verb && st.tokens[0]?.cls === 'count' && SCOPES_BEFORE_COUNT.includes(raw)) return
    st.dropped = true
  },
}

/** The noun after the figure ends in a word measured in the figure's unit (`资金` after `亿元`). */
function measuresNoun(st: Statement, ctx: RuleContext): boolean {
  const first = st.tokens[0]
  if (!st.noun || !first) return false
  const noun = ctx.norm.slice(st.noun.start, st.noun.end)
  return LABEL_UNIT_CLASSES.some(([ending, cls]) => cls === first.cls && noun.endsWith(ending))
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

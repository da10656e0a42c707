import { ADVERBS_BEFORE_A_DEED, CLOSING_PREDICATES, DEEDS_DEFINING_COUNTED, DEEDS_OF_GETTING, DEEDS_ON_COUNTED, GOT_ENDINGS, HONOUR_PREDICATES, PASSED_ENDINGS } from '../words/verbs'
import { ADVERBS, LEADING_ADVERBS, VERB_ADVERBS } from '../words/labels'
import { cleanLabel, predicateAfter } from './clause'
import { withoutExamples } from './examples-before-count'
import type { Rule } from './types'

/** How far a deed may run to the end of its clause (`通过国家义务教育基本均衡发展国家督导评估认定`). */
const DEED_MAX = 28
/** A year or an ordinal of a session or a batch inside the deed (`2018年度`, `第十七届`, `第五批`): no figure of its own. */
const YEAR = /(?:19|20)\d{2}年度?/g
const ORDINAL = /第[\d一二三四五六七八九十百]+[届批次期轮]/g
/** A ranking list named by its size (`500强`, `百强`): a name. */
const RANKING_LIST = /(?:\d+|[十百千])强(?:榜单|榜)?/g
/** A figure left in the deed (`获得资金2亿元`, `达到1000吨级`): the deed is a statement of its own, or a class. */
const FIGURE = /[\d一二两三四五六七八九十百千万]/
/** Other kinds of unit counted with the noun, in brackets after it (`县(市、区)`, `乡镇(街道)`). */
const UNIT_BRACKET = /^\([^()\d]{1,6}\)/
/** Deeds of DEEDS_DEFINING_COUNTED that may close the clause alone (`47名确诊患者全部治愈`). */
const DEEDS_CLOSING: readonly string[] = ['上线运行', '治愈']
/**
 * How a noun read up to the deed may end when it is no noun (`14个产品新纳入…`, `13项技术首次纳入…`, `6个矿山尽早投产`,
 * `10家企业上市或通过…`, `5家实验室在重组中获得…`): the deed then belongs to words the noun did not take in whole.
 */
const NOT_A_NOUN_END = new RegExp(
  `(?:${[...ADVERBS, ...VERB_ADVERBS, ...LEADING_ADVERBS, '紧急', '尽早', '一次性'].filter((w) => w.length > 1).join('|')}|[或和并及与且新]|在.+[中上下里内后])$`,
)
/** Units of time (`43天`, `3个月`): a span, not things counted. */
const TIME_UNITS = /^(?:天|日|周|个月|月|年|小时|分钟|个工作日|工作日)$/
/** Quotation and title marks (and the 了 of a deed done, `开展了…试点`): kept in the quote, not in the label. */
const MARKS = /[“”"‘’'《》「」]/g

/**
 * Things named by one or two characters (silent alone: rules/number-before-noun.ts), counted at the opening of their
 * clause and followed by what became of them: `6个项目列入省重点工业项目` → 项目列入省重点工业项目, `7项成果获2018年度国家
 * 科学技术奖` → 成果获国家科学技术奖, `129个县（市、区）全部达到消除麻风危害标准` → 县（市、区）达到消除麻风危害标准. The deed
 * says which of them are counted, so the figure shows with it, as the label files name it (noun + deed). Left silent:
 * a count with a subject or verb before it (`其中14个…`, `新建8所…`: part of another statement), a size of items named
 * before it without 等 (`甲、乙2个县`), deeds holding a figure of their own, and deeds outside DEEDS_ON_COUNTED.
 */
export const deedOfCounted: Rule = {
  name: 'deed-of-counted',
  apply(st, ctx) {
    if (st.dropped || st.sizeInName || !st.counted || !st.noun || st.tokens[0]?.cls !== 'count') return
    // 用43天本地病例全部治愈: a span of time counts no things.
    if (TIME_UNITS.test(st.tokens[0]?.unit ?? '')) return
    // 7587名失业人员实现再就业: a noun that stands alone takes a deed only where the deed changes what is counted, and
    // only over the label it was read as (the noun itself, not a label another rule made).
    const standsAlone = !st.silent
    if (standsAlone && !st.drafts.every((d) => d.labelSource === 'noun' && d.label === st.counted?.noun)) return
    // 将1000个村纳入…: things counted as the object of 将/把 are another's deed, named its way.
    if (standsAlone && (NOT_A_NOUN_END.test(st.counted.noun) || /[将把]$/.test(ctx.norm.slice(0, st.tokens[0]?.start ?? 0)))) return
    // 13个被列入…: a count whose noun is the passive of a deed counts things named before it.
    if (cleanLabel(withoutExamples(st.counted.raw)) !== '' || /其中$/.test(st.counted.raw) || st.counted.noun.startsWith('被')) return
    // 17个区、124个镇通过…: a deed after a list of counts is each one's, paired by the list.
    if (ctx.norm[st.clauseStart - 1] === '、' && !st.counted.raw.endsWith('等')) return
    // 52个县（市、区）通过…: the other kinds of unit counted, in brackets after the noun, are part of it.
    const bracket = UNIT_BRACKET.exec(ctx.norm.slice(st.noun.end))?.[0] ?? ''
    const predicate = predicateAfter(ctx.norm, st.noun.end + bracket.length, DEED_MAX)
    const adverb = ADVERBS_BEFORE_A_DEED.find((w) => predicate.startsWith(w)) ?? ''
    const deedText = predicate.slice(adverb.length)
    const deeds = standsAlone ? DEEDS_DEFINING_COUNTED : DEEDS_ON_COUNTED
    // 47名确诊患者全部治愈: a deed with no object closes the clause; others need what they reached (列入…, 获得…).
    const deed = deeds.find((w) => deedText.startsWith(w) && (deedText.length > w.length + 1 || (standsAlone && deedText === w && DEEDS_CLOSING.includes(w))))
    if (standsAlone && deed) {
      // 46个村实现脱贫, 120万人实现稳定脱贫, 6个县实现脱贫摘帽: a deed closing the clause that the label files drop after
      // a count (CLOSING_PREDICATES) stays out, and so does leaving poverty however it is put (摘帽 17/0, 出列 14/0).
      const rest = deedText.slice(deed.length)
      if (CLOSING_PREDICATES.some((w) => rest === w) || /脱贫|摘帽|出列/.test(rest)) return
      // 通过易地扶贫搬迁摆脱…: 通过 that passes no review says by what means.
      if (deed === '通过' && !PASSED_ENDINGS.some((w) => rest.endsWith(w))) return
    }
    // 3个村获评…: an honour of HONOUR_PREDICATES that opens with the deed (获评, 获批) is honoured-count's, named its way.
    if (!deed || HONOUR_PREDICATES.some((w) => w !== deed && w.startsWith(deed) && deedText.startsWith(w))) return
    // 7个县（市、区）均获评为…县（市、: a bracket the clause cut open is no deed read whole.
    if ((deedText.match(/\(/g) ?? []).length !== (deedText.match(/\)/g) ?? []).length) return
    const what = deedText.replace(YEAR, '').replace(ORDINAL, '')
    if (FIGURE.test(what.replace(/“[^”]*”/g, '').replace(RANKING_LIST, ''))) return
    // 享受到低保政策: the 到 of a deed reached is no part of the label (享受低保政策).
    const deedWords = deedText.replace(YEAR, '').replace(MARKS, '').replace(/了/g, '').replace(/^享受到/, '享受')
    const label = `${st.counted.noun}${bracket}${deedWords}`
    // 28个项目实现快落地、快建设: a deed that goes on after 、 may be one of several, or end where another statement
    // begins; a person checks what the figure counts.
    const goesOn = ctx.norm[st.noun.end + bracket.length + predicate.length] === '、'
    const unnamed = DEEDS_OF_GETTING.includes(deed) && !GOT_ENDINGS.some((w) => label.endsWith(w))
    // 3项关键技术获得突破: after a noun that stands alone, a getting that names no award leaves the noun as it was.
    if (standsAlone && (unnamed || goesOn)) return
    for (const d of st.drafts) {
      d.label = label
      d.quoteEnd = st.noun.end + bracket.length + predicate.length
      d.deedRead = true
      // …等141个项目投产达效，全年完成投资900亿元: the clauses after it are about the things, not about what became of them.
      d.carried = st.counted.noun + bracket
      if (goesOn || unnamed) d.reasons.add('label-vague')
    }
    st.silent = false
  },
}

import { WORKS_HEADS } from '../words/labels'
import { SPENDING_VERBS, PURPOSE_VERBS } from '../words/verbs'
import { DELIMS } from './clause'
import type { Rule } from './types'

/**
 * An amount put to a purpose the clause goes on to name: `投入2.6亿元建设污水处理项目15个`, `安排48亿元用于教育事业`,
 * `统筹3000万元发放家电消费券`, `投资8000万元改造城区供水管网`. The amount is the money spent on that purpose, not a
 * size of the noun after it: the label is the purpose's object with the measure the verb names (`…项目投入`, `…投资`);
 * a purpose of other verbs (安排, 筹集, 统筹) is named by its object alone and flagged, since the label files name it
 * in several ways. A count of the works after the object stays a figure of its own.
 */

/** The longest object a label is taken from. */
const OBJECT_MAX = 20
/** Purpose verbs the label keeps: they say what was done to the object (`改造农电网投资`). */
const KEPT_PURPOSES: readonly string[] = ['改造', '新建']
/** Purposes that say only that the money is used (`用于…`): kept before an object named alone (`用于民生事业`). */
const USE_PURPOSES: readonly string[] = ['用于', '专项用于']
/** The spending verbs whose measure the label keeps (`投入` → …投入): the others name the money by its purpose alone. */
const MEASURE_OF_VERB: Readonly<Record<string, string>> = { 投入: '投入', 投资: '投资' }

/** The verb right before the amount, with a bound between (`投入近`, `安排超过`), at the end of the clause's words. */
const SPENT = new RegExp(`(${SPENDING_VERBS.join('|')})(?:资金)?(?:近|约|超过|超|逾)?$`, 'u')
/** The purpose verb right after the amount. */
const PURPOSE = new RegExp(`^(?:${PURPOSE_VERBS.join('|')})`, 'u')
/** Units of a count of works (`15个`, `86项`). */
const COUNT_UNIT = '(?:个|项|家|所|座|条|处|批|件|户|套|台|宗)'
/** A count written before or after the works (`实施15个…`, `…项目104个`), and a list closed by 等 and its count. */
const COUNT_AT_END = new RegExp(`[\\d.]+万?${COUNT_UNIT}$`, 'u')
const COUNT_AT_START = new RegExp(`^(?:[\\d.]+万?${COUNT_UNIT}|一批|一系列)`, 'u')
const LIST_THEN_KIND = new RegExp(`^.+等(?:[\\d.]+万?${COUNT_UNIT}|方面|领域)?(.+)$`, 'u')
/** An object that is money itself (`扶持资金`, `奖励基金`). */
const MONEY_AT_END = /(?:资金|基金|经费)$/u
/** Words closing the object that say only that it is worked on (`…园区建设`, `…改造工作`). */
const WORK_AT_END = /(?:建设|工作|任务)$/u

/**
 * The object of the purpose, without counts or (unless the purpose is a use, `用于民生建设`) a trailing word of work;
 * null when it is not a plain name (a figure in it, a clause: `了…`, `…的…`).
 */
export function purposeObject(raw: string, use = false): string | null {
  let s = raw.replace(COUNT_AT_END, '').replace(COUNT_AT_START, '')
  const kind = LIST_THEN_KIND.exec(s)
  if (kind?.[1]) s = kind[1]
  s = s.replace(/[“”"]/gu, '')
  if (!use && WORK_AT_END.test(s) && s.length > 3) s = s.replace(WORK_AT_END, '')
  // (省政府投入2亿元扶持资金: the money's own name, no purpose.)
  if (MONEY_AT_END.test(s)) return null
  if (s.length < 2 || s.length > OBJECT_MAX || !/^[\u4e00-\u9fff、]+$/u.test(s) || /^[了着过]|的/u.test(s)) return null
  return s
}

export const spentOnPurpose: Rule = {
  name: 'spent-on-purpose',
  apply(st, ctx) {
    if (st.dropped || st.shape !== 'single' || st.tokens.length !== 1) return
    const token = st.tokens[0]
    const d = st.drafts[0]
    if (!token || !d || token.cls !== 'money' || token.post !== null) return
    const spent = SPENT.exec(ctx.norm.slice(st.clauseStart, token.start))
    if (!spent?.[1]) return
    const rest = ctx.norm.slice(token.end, token.end + OBJECT_MAX + 12)
    const purpose = PURPOSE.exec(rest)
    if (!purpose) return
    let end = 0
    while (end < rest.length && !DELIMS.has(rest[end] as string)) end++
    // (A list of objects runs on over 、: `发放餐饮、零售及文旅消费券`.)
    while (end < rest.length && rest[end] === '、') {
      end++
      while (end < rest.length && !DELIMS.has(rest[end] as string)) end++
    }
    if (end >= rest.length) return
    const verb = purpose[0]
    const use = USE_PURPOSES.includes(verb)
    const object = purposeObject(rest.slice(verb.length, end), use)
    if (object === null) return
    // 投资3亿元推进乡村振兴: pushing on with what are no works is no purpose the money is spent on.
    if (verb === '推进' && !WORKS_HEADS.some((h) => object.endsWith(h))) return
    const measure = MEASURE_OF_VERB[spent[1]] ?? ''
    // 投入1.1亿元建设项目104个: a head alone says too little; with its verb it names the works, vaguely.
    const bare = WORKS_HEADS.includes(object)
    const opening = bare || KEPT_PURPOSES.includes(verb) ? verb : use && measure === '' ? '用于' : ''
    d.label = opening + object + measure
    d.labelSource = 'context'
    d.quoteEnd = Math.max(d.quoteEnd, token.end + end)
    if (bare || measure === '') d.reasons.add('label-vague')
    // 安排…用于民生事业，占一般公共预算支出的79.6%: a share right after is of the money so named (not the clauses further
    // on: `…用于民生工程，筹集资金…用于…` is other money).
    if (/^[,，]占/u.test(rest.slice(end))) ctx.sentence.subject = d.label
  },
}

import { BARE_PROGRAMME_MEASURES, PROGRAMME_DEED_MANNERS, PROGRAMME_DEEDS, PROGRAMME_HEADS } from '../words/labels'
import { PROJECT_EVENTS } from '../words/verbs'
import { CLAUSE_ENDS, clauseStart } from './clause'
import type { Rule, RuleContext, Statement } from './types'

const byLength = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).join('|')
/** The adverbs of how a deed is done before it (`深入实施`, `扎实开展`). */
const HOW = `(?:${PROGRAMME_DEED_MANNERS.join('|')})?`
/** `加快…工程建设`: the deed of pushing on before a name and what happens to it. */
const PUSH = '(?:加快|推进|推动|抓好|完成)?'
/** The count of a set of deeds done as one programme (`十件民生实事`, `十项…`): no part of the name. */
const HOW_MANY = '(?:[一二三四五六七八九十]+[件项])?'
/** A name opened by a count of its own (`两支产业基金`, `一批…项目`) is of several things, not one. */
const COUNTED = /^[一二三四五六七八九十两几多数各]/u
/** A name: Han characters and the quotes of a coined name, nothing that joins two (、和及与) and no figure. */
const NAME = `((?:[\\p{Script=Han}“”"‘’]){2,18}?(?:${byLength(PROGRAMME_HEADS)}))`
/** `实施义务教育均衡发展工程`, `设立清洁能源产业专项资金`, `推进十件民生实事`. */
const DEED_THEN_NAME = new RegExp(`^${HOW}(?:${byLength(PROGRAMME_DEEDS)})${HOW_MANY}${NAME}$`, 'u')
/** `太行山前土地整治示范区项目竣工`: the name, then what happened to it. */
const NAME_THEN_EVENT = new RegExp(`^${HOW}${PUSH}${HOW_MANY}${NAME}(?:全面|基本)?(?:${byLength(PROJECT_EVENTS)})$`, 'u')
/** Words that join two things: a clause naming two programmes owns nothing alone. */
const TWO_THINGS = /[、和及与并]/u

/**
 * The one programme, fund or project the clause right before the statement's names, when that clause names it and
 * nothing else (no figure, no second thing): `实施清洁能源集中供暖试点，受益群众…` → 清洁能源集中供暖试点. Otherwise ''.
 */
export function programmeOfClauseBefore(st: Statement, ctx: RuleContext): string {
  const { norm } = ctx
  const end = st.clauseStart - 1
  if (end <= ctx.sentence.start || norm[end] !== ',') return ''
  const from = clauseStart(norm, end, ctx.sentence.start, CLAUSE_ENDS)
  const clause = norm.slice(from, end).trim()
  if (/[\d%]/u.test(clause) || TWO_THINGS.test(clause.replace(/“[^”]*”/gu, ''))) return ''
  const m = DEED_THEN_NAME.exec(clause) ?? NAME_THEN_EVENT.exec(clause)
  const name = m?.[1]?.replace(/[“”"‘’]/gu, '') ?? ''
  return [...name].length >= 4 && !COUNTED.test(name) ? name : ''
}

/**
 * Money or a size written alone (`筹集资金`, `首期安排`, `计划总投资`, `整理规模`) in the clause after one that names one
 * programme, fund or project: `设立清洁能源产业专项资金，首期安排50亿元` → 清洁能源产业专项资金首期. Only the clause
 * right before, and only when it names that one thing with no figure of its own; otherwise the label stays, flagged as
 * naming no owner (measure-without-owner, confidence).
 */
export const moneyOfProgrammeBefore: Rule = {
  name: 'money-of-programme-before',
  apply(st, ctx) {
    if (st.dropped || st.drafts.length !== 1) return
    const [d] = st.drafts
    if (!d || d.labelSource !== 'subject' || !BARE_PROGRAMME_MEASURES.includes(d.label)) return
    // (Only when the clause opens with the money: `…，其中省级筹集资金…` has an owner of its own.)
    if (!ctx.norm.slice(st.clauseStart).replace(/^(?:共|累计|计划|预计)/u, '').startsWith(d.label.slice(0, 2))) return
    if (d.kind === 'rank' || d.token.cls === 'pct' || d.token.cls === 'ppt' || d.token.cls === 'rank') return
    const owner = programmeOfClauseBefore(st, ctx)
    if (!owner) return
    // (计划总投资: the plan the reading set aside is part of the measure the label files keep.)
    const planned = !d.label.startsWith('计划') && ctx.norm.slice(st.clauseStart).startsWith(`计划${d.label}`)
    d.label = owner + (planned ? `计划${d.label}` : d.label)
    d.labelSource = 'context'
    d.reasons.delete('label-vague')
  },
}

import { indicatorOf } from '../indicators'
import { DEED_OR_EACH_OPENING, GROUPS_OF_PEOPLE, PART_OF_PLACE_ENDINGS } from '../words/places'
import { CLAUSE_ENDS, clauseStart } from './clause'
import type { Rule, RuleContext, Statement } from './types'

/** The counties of the place taken together (`县域经济呈现积极变化`): their figures are not the place's. */
const COUNTIES_OPENING = /^县域(?=经济|工业|发展|产业)/u

/** The opening of a clause or label that names a part of the place (`综合保税区`, `某某新城`, `某某国际机场`). */
export const PART_OPENING = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:${PART_OF_PLACE_ENDINGS.join('|')})`, 'u')

/**
 * Who a clause is about, when it names no figure of its own: a part of the place it opens with
 * (`开发区营商环境持续改善`) or the one group of people it acts for (`实施退役军人安置行动`). Null otherwise: a clause
 * of several parts or groups (`高校毕业生、农民工等重点群体`) is about the place as a whole.
 */
export function ownerOfClause(clause: string): string | null {
  if (/[\d、]/u.test(clause)) return null
  const part = PART_OPENING.exec(clause) ?? COUNTIES_OPENING.exec(clause)
  if (part) return part[0]
  const groups = GROUPS_OF_PEOPLE.filter((g) => clause.includes(g))
  if (groups.length !== 1 || /[、等]/u.test(clause)) return null
  return groups[0] as string
}

/**
 * A standard indicator named bare right after a sentence's opening clause about a part of the place or a group of
 * people is that part's or that group's figure: `开发区开放平台作用凸显，进出口总额突破5亿美元` → 开发区进出口总额,
 * `开展退役军人就业帮扶，新增就业600人` → 退役军人新增就业, `县域经济呈现积极变化，一般公共预算收入、规模以上工业增加值分别增长…`
 * → 县域一般公共预算收入, 县域规模以上工业增加值. Under the indicator's own name it would be the place's
 * headline figure. Only the opening clause sets the topic: one in a series of deeds (`…，做好退役军人就业安置工作，
 * 城镇新增就业45万人`) leaves the total the place's. A count between the part and its figure changes nothing (below).
 */
export const ownerBefore: Rule = {
  name: 'owner-before',
  apply(st, ctx) {
    if (st.dropped) return
    if (ownerBeforeCount(st, ctx)) return
    const { norm } = ctx
    // (A list of subjects paired by 分别 opens where the list starts.)
    const head = Math.min(st.clauseStart, st.listStart)
    const end = head - 1
    if (end <= ctx.sentence.start || !/[,，]/u.test(norm[end] as string)) return
    const opening = norm.slice(head, st.tokens[0]?.start ?? st.clauseStart).trimStart()
    const from = clauseStart(norm, end, ctx.sentence.start, CLAUSE_ENDS)
    if (norm.slice(ctx.sentence.start, from).trim() !== '') return
    const owner = ownerOfClause(norm.slice(from, end).trim())
    if (!owner || DEED_OR_EACH_OPENING.test(owner)) return
    for (const d of st.drafts) {
      // (The items of a list the clause opens with, `一般公共预算收入、规模以上工业增加值…分别增长…`, each.)
      const listed = (d.labelSource === 'list' || d.labelSource === 'list-completed') && opening.includes(d.label) && /[、和]/u.test(opening)
      if (!(d.labelSource === 'subject' && opening.startsWith(d.label)) && !listed) continue
      if (indicatorOf(d.label) === null) continue
      d.label = owner + d.label
      d.owner = owner
    }
  },
}

/** A part of the place and a count of its things, all that opens a clause before its figure (`滨海新城120个`). */
const PART_AND_COUNT = new RegExp(`^(${PART_OPENING.source.slice(1)})\\d+(?:\\.\\d+)?[个项家宗批]$`, 'u')

/**
 * `滨海新城120个项目完成投资150亿元`: the count between the part of the place and the thing measured is an attribute; the
 * part still owns the figure (滨海新城项目投资, not the city's 项目投资).
 */
function ownerBeforeCount(st: Statement, ctx: RuleContext): boolean {
  const { norm } = ctx
  const from = clauseStart(norm, st.clauseStart, ctx.sentence.start, CLAUSE_ENDS)
  const opening = norm.slice(from, st.clauseStart)
  const part = PART_AND_COUNT.exec(opening.trim())?.[1]
  if (!part) return false
  for (const d of st.drafts) {
    if (d.labelSource !== 'subject' || d.label === '' || d.label.startsWith(part)) continue
    d.label = part + d.label
    d.owner = part
    d.quoteStart = Math.min(d.quoteStart, from + opening.length - opening.trimStart().length)
  }
  return true
}

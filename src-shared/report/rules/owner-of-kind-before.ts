import { COMPOUND_AFTER_HEAD } from '../words/labels'
import { CLAUSE_ENDS, clauseStart } from './clause'
import type { Rule, RuleContext, Statement } from './types'

/**
 * Measures that are of one kind of owner, and the heads of the names of such owners: the size or the revenue of an
 * industry (`煤炭产业`, `光伏新能源产业`), the funds or revenue of a body (`建安集团`, `省级开发区`, `上饶经开区`).
 */
interface OwnerKind {
  readonly measures: readonly string[]
  readonly heads: readonly string[]
}
const INDUSTRY: OwnerKind = { measures: ['产业规模', '产业总量', '产业产值', '营业收入', '主营业务收入'], heads: ['产业'] }
const BODY: OwnerKind = {
  measures: ['到位资金', '经营收入', '财政收入', '营业收入', '主营业务收入'],
  heads: ['集团', '开发区', '经开区', '高新区', '国企'],
}
const KINDS: readonly OwnerKind[] = [INDUSTRY, BODY]

/** How a clause may open before the owner it names: the place as a whole, a count, a deed of growing it. */
const OPENING = /^(?:全市|全省|全区|全县|全州|全盟|全旗)?(?:\d+(?:\.\d+)?[个家户所])?(?:做大做强|做强做优|做优做强|做强做大|发展壮大|培育壮大|加快发展|大力发展|支持|推动|做强|做大|做优|重振|壮大)?/u
/** A name that still opens with a deed (`集聚要素深耕…产业`) is no owner's name. */
const DEED_OPENING = /^(?:做|重振|改造|提质|持续|强化|升级|加速|集聚|培育|壮大|打造|推进|加快|建设|发展|推动|支持|实施|提升|构建|形成|引进|深耕|聚焦|围绕|依托|落实|执行|加强|优化|延伸)/u
/** Verbs that open a clause of a measure (`实现经营收入…`, `力争营业收入…`). */
const MEASURE_VERB = /^(?:实现|完成|力争|确保|预计)?/u

/**
 * A measure alone that is of an industry or of a body (`产业规模`, `到位资金`), whose owner the sentence named at the
 * head of a clause before: `煤炭产业向精细煤化工跃进，产业总量达到220亿元` → 煤炭产业总量; `做大做强光伏新能源产业，推动…，
 * 力争营业收入突破1900亿元` → 光伏新能源产业营业收入; `建安集团获批融资额度245亿元，到位资金75.9亿元` → 建安集团到位资金.
 * Going back clause by clause, the first clause that names a thing of the kind decides: it must open with it and name no
 * other. A clause in between may have a figure only when it is another measure of the kind (`实现经营收入…，完成财政收入…`).
 * When no owner is found the label stays; measure-without-owner flags the ones that say nothing of whose they are.
 */
export const ownerOfKindBefore: Rule = {
  name: 'owner-of-kind-before',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject') continue
      const kinds = KINDS.filter((k) => k.measures.includes(d.label))
      if (kinds.length === 0) continue
      // (Only when the clause opens with the money: `预计引进到位资金增长15%` is what the place drew in, not the projects'.)
      const ofProjects = PROGRAMME_MONEY.includes(d.label) && ctx.norm.slice(st.clauseStart).trimStart().startsWith(d.label)
      const owner = (ofProjects ? projectsCountedBefore(st, ctx) : '') || ownerBefore(st, ctx, kinds)
      if (!owner) continue
      const measure = owner.endsWith('产业') && d.label.startsWith('产业') ? d.label.slice(2) : d.label
      // (The figure's own subject, completed: the clauses after it read on from it, `到位资金…、增长22.8%`.)
      d.label = owner + measure
      // (generic-label found no thing before 营业收入 in the sentence's subject; the owner is now named.)
      d.reasons.delete('label-vague')
    }
  },
}

/** Money a programme of projects got in: `实施援疆项目5150个、到位资金580亿元` → 援疆项目到位资金. */
const PROGRAMME_MONEY: readonly string[] = ['到位资金']

/** The projects counted by the figure right before the statement (across a `、` or a `，`), or ''. */
function projectsCountedBefore(st: Statement, ctx: RuleContext): string {
  const prev = ctx.sentence.previousStatement
  const last = prev?.tokens[prev.tokens.length - 1]
  if (!prev || prev.dropped || !last || prev.drafts.length !== 1 || !/^[,，、]$/u.test(ctx.norm.slice(last.end, st.clauseStart).trim())) return ''
  const [d] = prev.drafts
  // (Not projects counted by their funds: 资金到位项目.)
  return d && d.kind === 'count' && /\p{Script=Han}{2}项目$/u.test(d.label) && !d.label.includes('到位') ? d.label : ''
}

/** The name of a thing of one of the kinds that opens a clause before the statement's in its sentence, or ''. */
function ownerBefore(st: Statement, ctx: RuleContext, kinds: readonly OwnerKind[]): string {
  const { norm } = ctx
  const heads = kinds.flatMap((k) => k.heads)
  const measures = kinds.flatMap((k) => k.measures)
  const name = new RegExp(`\\p{Script=Han}{2,10}?(?:${heads.join('|')})(?![${COMPOUND_AFTER_HEAD}])`, 'gu')
  let end = st.clauseStart - 1
  while (end > ctx.sentence.start && /[,，]/u.test(norm[end] as string)) {
    const from = clauseStart(norm, end, ctx.sentence.start, CLAUSE_ENDS)
    const clause = norm.slice(from, end).trim()
    const names = [...clause.matchAll(name)].map((m) => m[0])
    if (names.length > 0) {
      if (new Set(names).size !== 1) return ''
      const rest = clause.replace(OPENING, '')
      const opening = new RegExp(`^\\p{Script=Han}{2,10}?(?:${heads.join('|')})(?![${COMPOUND_AFTER_HEAD}])`, 'u').exec(rest)
      return opening && !DEED_OPENING.test(opening[0]) ? opening[0] : ''
    }
    // A clause with a figure of its own is about something else, unless it is another measure of the kind.
    if (/\d/u.test(clause) && !measures.some((m) => clause.replace(MEASURE_VERB, '').startsWith(m))) return ''
    end = from - 1
  }
  return ''
}

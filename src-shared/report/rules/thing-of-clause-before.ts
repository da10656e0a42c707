import { isVagueLabel } from './confidence'
import { PART_OPENING } from './owner-before'
import { CLAUSE_ENDS, clauseStart } from './clause'
import type { Draft, Rule, RuleContext, Statement } from './types'

/**
 * Words before 完成率 that still say nothing of what was done: `目标任务完成率`, `年度化解完成率`, `年度计划完成率`.
 */
const TASK_WORDS = ['年度', '全年', '目标', '任务', '计划', '化解', '整改', '序时', '进度', '总体']
const BARE_COMPLETION_RATE = new RegExp(`^(?:${TASK_WORDS.join('|')})*完成率$`, 'u')
/** `入驻企业`, `新入驻商户`: those settled in something, which the label does not name. */
const BARE_SETTLED = /^(?:新|新增|累计)?入驻(?:企业|商户|商家|项目|机构|团队|主体)$/u
/** A clause or label opening with a deed (`推进互联网产业园…`, `投用总部楼宇`): what it names is no settled place's name. */
const OPENING_DEED = /^(?:推进|加快|建设|打造|培育|投用|建成|新增|新建|创建|完善|支持|依托|围绕|实施|推动|启动|规划|谋划|引进|加强|做强|做大|提升|壮大|构建|形成)/u
/** Units of places counted (`6个电商基地`, `22栋楼宇`): not an area or a sum (`建成区93平方公里`). */
const PLACE_UNITS = /^(?:个|家|座|栋|处|所)$/u
/** What firms settle in: a park, a base, an incubator (`电商基地`, `科技企业孵化器`, `总部楼宇`). */
const PLACES_TO_SETTLE = /(?:基地|园区?|区|孵化器|众创空间|加速器|楼宇|大厦|中心|平台|港|谷|小镇|城)$/u

/**
 * A rate or a count that names no thing of its own (`目标任务完成率`, `入驻企业`) is the measure of the thing named in
 * the clause right before it: `城镇新增就业5.2万人，目标任务完成率108%` → 城镇新增就业目标任务完成率, `建成8个物流园区，入驻
 * 企业达160家` → 物流园区入驻企业, `高新区创新平台加快集聚，入驻企业突破300家` → 高新区入驻企业. When the clause before names
 * no such thing (`政府债务持续下降，年度化解完成率104%`: its subject is not read), a slide would show the rate of nothing,
 * so a person checks it.
 */
export const thingOfClauseBefore: Rule = {
  name: 'thing-of-clause-before',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' && d.labelSource !== 'noun') continue
      const settled = BARE_SETTLED.test(d.label)
      if (!settled && !BARE_COMPLETION_RATE.test(d.label)) continue
      const thing = thingBefore(st, ctx, settled)
      if (thing) d.label = thing + d.label
      else d.reasons.add('label-vague')
    }
  },
}

/** The thing named by the clause right before the statement's, or ''. */
function thingBefore(st: Statement, ctx: RuleContext, settled: boolean): string {
  const { norm } = ctx
  const end = st.clauseStart - 1
  if (end <= ctx.sentence.start || !/[,，]/u.test(norm[end] as string)) return ''
  const from = clauseStart(norm, end, ctx.sentence.start, CLAUSE_ENDS)
  // The figure of the clause before, when it stands in that clause: its own label is the thing.
  const prev = ctx.sentence.previousStatement
  const last = prev?.tokens[prev.tokens.length - 1]
  if (prev && !prev.dropped && last && last.start >= from && last.end <= end && prev.drafts.length === 1) {
    const draft = prev.drafts[0] as Draft
    const label = draft.label
    if (label === '' || isVagueLabel(label) || OPENING_DEED.test(label)) return ''
    if (settled && (!PLACES_TO_SETTLE.test(label) || !PLACE_UNITS.test(draft.token.unit))) return ''
    return label
  }
  if (!settled) return ''
  // 横琴新区分线管理正式封关运作，入驻企业…: a clause that opens with a part of the place, with no figure of its own.
  const clause = norm.slice(from, end).trim()
  if (/[\d、]/u.test(clause) || OPENING_DEED.test(clause)) return ''
  return PART_OPENING.exec(clause)?.[0] ?? ''
}

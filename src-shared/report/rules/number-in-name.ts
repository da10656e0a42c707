import { BOND_AFTER, HOURS_IN_A_NAME, NUMBERED_INSTITUTE_OWNERS, STATE_BEFORE_BOND } from '../words/units'
import type { Rule } from './types'

/** Does the single token of the statement name something, rather than measure it? */
function isName(unit: string, before: string, after: string): boolean {
  // 推进航天科工706所设立基地: an institute of a group, named by its number.
  if (unit === '所' && NUMBERED_INSTITUTE_OWNERS.some((w) => before.endsWith(w))) return true
  // 用好240小时过境免签政策, 保持24小时动态清零, 打造1小时经济圈: hours that name a policy, a service or a circle.
  if (unit === '小时' && HOURS_IN_A_NAME.test(after)) return true
  // 做好国家新增1万亿国债项目资金衔接: the state's bond issue, which names the funds.
  if (/^[万亿]*元?$/.test(unit) && /[万亿]/.test(unit) && STATE_BEFORE_BOND.test(before) && BOND_AFTER.test(after)) return true
  return false
}

/**
 * A number that is part of a name is no figure: an institute (`某集团科工706所`), a policy or a promise of service
 * counted in hours (`144小时过境免签`, `24小时在线`), the state's bond issue (`国家增发1万亿元国债`). A time a verb sets
 * (`办结时限压缩至24小时`) and a count of institutes (`新建研究所3所`) stay figures.
 */
export const numberInName: Rule = {
  name: 'number-in-name',
  apply(st, ctx) {
    const only = st.tokens[0]
    if (st.dropped || st.tokens.length !== 1 || !only || only.converted) return
    const before = ctx.norm.slice(Math.max(st.clauseStart, only.start - 8), only.start)
    const after = ctx.norm.slice(only.unitEnd, only.unitEnd + 12)
    if (isName(only.unit, before, after)) st.dropped = true
  },
}

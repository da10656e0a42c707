import type { Rule } from './types'

/**
 * The group a rank is counted in: `位列全国46个重点城市首位`, `在36个省会及副省级城市中排名第二`,
 * `位列全国11个创新示范区第1`. The size of the group is no figure; the rank after it is, and its clause reaches back
 * over the group to the verb and the subject before it (rank.ts reads the group as part of the rank's scope).
 */

/** Where a group is counted. */
const SCOPE = '(全国|全省|全区|全市|全州|全球|世界|国内)'
/** A count of places and what they are (`36个省会及副省级城市中`). */
const GROUP = `[\\d一二三四五六七八九十]+个[^\\d,;。!?:、\\n]{1,14}?(中|里|之中)?$`

/** What opens a group before its count: a rank verb or 在, then a scope. */
const GROUP_OPENING = new RegExp(`(在|位列|位居|名列|排名|跃居|稳居|居|列)${SCOPE}?$`)
/** The group's noun after its count, then the rank (with a rank verb when 在 opened the group). */
const GROUP_THEN_RANK = /^[^\d,;。!?:、\n“”"()]{1,14}?(中|里|之中)?(排名|排在|排位|位列|位居|名列|居|排)?(第[\d一二三四五六七八九十]+|首位|前[\d一二三四五六七八九十]+)/

/**
 * A reference group inside a rank's clause, as the rank rule strips it from the words between its verb and the
 * rank (`全国46个重点城市`) or from its subject (`营商环境在36个省会及副省级城市中`).
 */
export const GROUP_IN_RANK_SCOPE = new RegExp(`${SCOPE}?${GROUP}`)
export const GROUP_AFTER_SUBJECT = new RegExp(`在${SCOPE}?${GROUP}`)

/**
 * A group the place is one of, or follows, or moves up in, with no rank after it: `全国12个试点地区之一`,
 * `成为全国5个城市之后又一个…`, `在30个自治州中位次前移`, `跻身全国20个城市前列`, or whose average the figure is compared
 * with (`高于全国30个民族自治州平均水平`). The size of the group is no figure.
 */
const GROUP_SCOPE_BEFORE = new RegExp(`(?:${SCOPE}(?:首批|第[\\d一二三四五六七八九十]+批)?|在${SCOPE}?)$`)
const GROUP_MEMBERSHIP = /^[^\d,;。!?:、\n“”"()]{1,14}?(?:之一|之后|之前|前列|行列|中(?:位次|排位|名次))/

/** A comparison before a group (`高于全国`, `快于全省`), and the group's average after its count (`…民族自治州平均水平`). */
const COMPARED_WITH = new RegExp(`(?:高于|低于|快于|慢于|好于|优于|超过|超出|领先|比|较)${SCOPE}?$`)
const GROUP_AVERAGE = /^[^\d,;。!?:、\n“”"()]{1,14}?(?:平均水平|平均值|平均)/

export const referenceGroup: Rule = {
  name: 'reference-group',
  apply(st, ctx) {
    const count = st.tokens[0]
    if (st.dropped || st.tokens.length !== 1 || count?.cls !== 'count' || !count.unit.endsWith('个')) return
    const before = ctx.norm.slice(Math.max(ctx.sentence.start, st.clauseStart), count.start)
    const after = ctx.norm.slice(count.unitEnd, count.unitEnd + 24)
    if (GROUP_SCOPE_BEFORE.test(before) && GROUP_MEMBERSHIP.test(after)) {
      st.dropped = true
      st.transparent = true
      return
    }
    // 高于全国30个民族自治州平均水平: the group whose average the figure is compared with.
    if (COMPARED_WITH.test(before) && GROUP_AVERAGE.test(after)) {
      st.dropped = true
      st.transparent = true
      return
    }
    if (!GROUP_OPENING.test(before)) return
    const rank = GROUP_THEN_RANK.exec(after)
    // 在36个城市排名第二 needs its rank verb; after 位列 the rank follows the group at once.
    if (!rank || (before.endsWith('在') && !rank[2])) return
    st.dropped = true
    st.transparent = true
  },
}

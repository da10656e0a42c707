import type { Rule } from './types'

/**
 * A whole people named by its number (`与全市1600多万人民同心携手`, `真正惠及大连590万人民`, `已经成为720万人民群众坚定不移的
 * 信念`): it says who the speech means, as `14亿中国人的饭碗` does (rules/number-before-noun.ts); it is no figure of the year.
 */
export const wholePeople: Rule = {
  name: 'whole-people',
  apply(st, ctx) {
    const last = st.tokens[st.tokens.length - 1]
    if (st.dropped || !last || !/^[万亿]+$/u.test(last.unit)) return
    if (ctx.norm.startsWith('人民', last.end)) st.dropped = true
  },
}

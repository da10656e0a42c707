import { itemBefore } from './carry-subject'
import type { Rule } from './types'

/**
 * A grade of a rated thing: a tourist-site rating (`4A级`, `AAAA级`), stars (`五星级`, `3星级`) or a numbered class
 * (`一级`, `二级`). Not a level of government (`省级`, `市级`): those name the body that awards, not the grade.
 */
const GRADE = /(?:\p{Nd}[AＡ]|(?<![\p{Nd}AＡ])[AＡ]{1,5}|[一二三四五六七八九十\p{Nd}]星|[一二三四五六七八九十\p{Nd}])级/u
const GRADE_ALONE = new RegExp(`^${GRADE.source}$`, 'u')

/**
 * `创建国家4A级旅游景区3家、3A级21家`: an item of a 、 series that names only another grade counts the things of the item
 * before at that grade (国家3A级旅游景区, `新增五星级酒店2家、四星级5家` → 新增四星级酒店), not the same things again.
 */
export const anotherGrade: Rule = {
  name: 'another-grade',
  apply(st, ctx) {
    if (st.dropped) return
    const first = st.tokens[0]
    const before = itemBefore(st, ctx)
    if (!first || !before) return
    // (The grade as written, in the report's own digits, as the label keeps them.)
    const own = ctx.original.slice(st.clauseStart, first.start).trim()
    if (!GRADE_ALONE.test(own)) return
    const theirs = GRADE.exec(before.label)
    if (!theirs || theirs[0] === own) return
    for (const d of st.drafts) {
      // (The subject carried whole, or the grade alone read as one, `新增四星级`.)
      if (d.label !== before.label && !d.label.endsWith(own)) continue
      d.label = before.label.slice(0, theirs.index) + own + before.label.slice(theirs.index + theirs[0].length)
    }
  },
}

import type { Rule } from './types'

/** Is the label's 度 written in the text as a word's first character, not after 年 (`度假村`)? */
function beginsAWordOfDu(sentence: string, label: string): boolean {
  const start = label.slice(0, 2)
  for (let at = sentence.indexOf(start); at >= 0; at = sentence.indexOf(start, at + 1)) if (sentence[at - 1] !== '年') return true
  return false
}

/**
 * `完成2015年度31个省级重点美丽乡村建设`, `落实上年度冬小麦种植面积…`, `2020年度项目开工率…`: the 度 of 年度 (the year
 * of account) read as the first character of the name after it, once the year was taken as a date. The year is the
 * period's business; the name starts after 度 (`省级重点美丽乡村`, `冬小麦种植面积`). A name that begins with 度
 * itself (`度假村`) is written so in the text, without 年 before it, and stays. (A count between, `2019年度26个示范村`,
 * leaves the 度 glued to the noun after the count.)
 */
export const yearOfAccount: Rule = {
  name: 'year-of-account',
  apply(st, ctx) {
    if (st.dropped) return
    const sentence = ctx.norm.slice(ctx.sentence.start, st.tokens.at(-1)?.end ?? st.clauseStart)
    if (!sentence.includes('年度')) return
    for (const d of st.drafts) {
      if (d.label.length > 1 && d.label.startsWith('度') && !beginsAWordOfDu(sentence, d.label)) d.label = d.label.slice(1)
    }
  },
}

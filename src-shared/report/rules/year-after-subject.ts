import type { Rule } from './types'

/**
 * A year written right after the subject, before the verb (`技术合同成交额2030年达到600亿元`, `农产品加工业销售收入2015年
 * 达到1422.6亿元`, `PM2.5年均浓度2017年比2013年下降35.4%`): the year the figure is of, whatever the part's span. Not a year
 * compared with (比2013年, 低于1985年, 比上年和2000年), reached to (到2030年), started from (从, 由) or a year inside a name (…的).
 */
const YEAR_AFTER_SUBJECT =
  /[\u4e00-\u9fff)）”A-Za-z0-9.]{2}(?<![比较到至从由前的自在于和及与、])((?:19|20)\d{2})年(?:底|末)?(?:要|将|力争|预计|可|有望)?(?:达到|达|为|突破|超过|实现|增长|下降|降低|减少|提高到|提高|提升到|提升|控制在|比|较)/u

export const yearAfterSubject: Rule = {
  name: 'year-after-subject',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || !first || st.shape === 'from-to') return
    const m = YEAR_AFTER_SUBJECT.exec(ctx.norm.slice(st.clauseStart, first.start))
    if (!m) return
    const year = Number(m[1])
    for (const d of st.drafts) if (d.periodHint?.role === undefined) d.periodHint = { ...d.periodHint, year }
  },
}

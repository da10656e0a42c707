import { HONOUR_PREDICATES } from '../words/verbs'
import { cleanLabel, predicateAfter } from './clause'
import { withoutExamples } from './examples-before-count'
import type { Rule } from './types'

/** Quotation marks around a name inside the honour (`获评国家“五个一工程”奖`): kept in the quote, not in the label. */
const QUOTES = /[“”"]/g
/** How far an honour may run to the end of its clause (`成功创建国家级生态文明建设示范区`). */
const HONOUR_MAX = 20
/** A figure inside the honour (`获得资金2亿元`) makes it a statement of its own; a quoted name may hold one (`五个一`). */
const FIGURE_OUTSIDE_QUOTES = /[\d一二三四五六七八九十百千万]/
/**
 * A ranking list named by its size (`中国民营企业500强`, `省民营企业百强`, `全省县域经济十强`, `500强榜单`): a name, no
 * figure of its own; a place in a ranking (`前10名`, `前十强`) is one.
 */
const RANKING_LIST = /(?<!前)(?:\d+|[十百千])强(?:榜单|榜)?/g

/**
 * Things named by one or two characters, counted by an honour or a selection that follows them: `4所高校入选省高水平
 * 大学行列` → 入选省高水平大学行列的高校, `7部作品获评国家“五个一工程”奖` → 获评国家五个一工程奖的作品; when the honour is a
 * class of the same things, the class: `5家企业入选国家工业母机链主企业` → 国家工业母机链主企业. The short noun alone stays
 * silent (number-before-noun); with its honour it says what is counted.
 */
export const honouredCount: Rule = {
  name: 'honoured-count',
  apply(st, ctx) {
    if (st.dropped || !st.silent || !st.counted || !st.noun || st.tokens[0]?.cls !== 'count') return
    // 全市4所高校…: where, at most, before the count; a verb or a subject before it makes the honour another's. Names
    // closed by 等 are examples of the things honoured (`甲、乙等7家企业入选…`).
    if (cleanLabel(withoutExamples(st.counted.raw)) !== '') return
    const predicate = predicateAfter(ctx.norm, st.noun.end, HONOUR_MAX)
    const honour = HONOUR_PREDICATES.find((w) => predicate.startsWith(w) && predicate.length > w.length + 1)
    if (!honour || FIGURE_OUTSIDE_QUOTES.test(predicate.replace(/“[^”]*”/g, '').replace(RANKING_LIST, ''))) return
    // 17个区、124个镇获评全国百强区、千强镇: honours in a list are paired with the things counted, not one to all (but
    // 甲、乙等5家企业获批上市、挂牌: a list of examples is no list of counts).
    const pairedList = ctx.norm[st.clauseStart - 1] === '、' && !st.counted.raw.endsWith('等')
    if (pairedList && ctx.norm[st.noun.end + predicate.length] === '、') return
    const { noun } = st.counted
    const what = predicate.slice(honour.length).replace(QUOTES, '')
    const label = what.endsWith(noun) ? what : `${predicate.replace(/^(?:成功|被)/, '').replace(QUOTES, '')}的${noun}`
    for (const d of st.drafts) {
      d.label = label
      d.quoteEnd = st.noun.end + predicate.length
    }
    st.silent = false
  },
}

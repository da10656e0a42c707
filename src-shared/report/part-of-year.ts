import { PART_OF_YEAR, WHOLE_YEAR } from './words/periods'

/** Own copies: matchAll starts from a shared pattern's lastIndex. */
const PARTS = new RegExp(PART_OF_YEAR.source, 'gu')
const WHOLES = new RegExp(WHOLE_YEAR.source, 'gu')

/** Clause starts in normalized text (half-width punctuation). */
const CLAUSE_STARTS = new Set([',', ';', ':', '。', '!', '?', '\n'])
/** Verbs a part of the year stands right before when it dates the subject's change (`生产总值一季度下降7.2%`, `一季度受疫情影响下降8.5%`). */
const CHANGE_AFTER = /^(?:受.{1,16}?影响)?(?:同比|累计)?(?:增长|下降|增速|降幅|回落|回升|实现|完成)/u
/**
 * A clause opened by whose or which year's part it is (`；我省一季度地区生产总值下降3%`, `今年一季度，…`), or by what the
 * speech faced in it (`面对一季度全市生产总值大幅下降6.7%的冲击`).
 */
const OWNER_OPENING_CLAUSE = /(?:^|[,;:。!?\n])(?:(?:我|全|本)[国省市区县州旗盟]|今年|当年|面对|面临|经受住?)+$/u

/**
 * How far back a figure's sentence is read: a quarter heading a long sentence of eight indicators, each with its gap to
 * the province and its rank (`一季度，全市地区生产总值增速-3.8%，…排全省第6位；…；实际利用外资增速7.6%，…`), dates its last
 * figure 330 characters on.
 */
const SENTENCE_REACH = 400

/**
 * Does a part of the year, not the whole of it, date the figure whose value starts at `at`? The last time the
 * sentence names before the figure decides: a quarter, a half or the months up to one (`前三季度，…`, `1—11月，…`)
 * opening a clause or standing right before the change, unless the sentence turns back to the whole year after it
 * (`二季度由负转正、全年增长4.2%`). Such a figure is no result of the year: it is flagged, never put on a slide as one.
 */
export function datedToPartOfYear(norm: string, at: number): boolean {
  let start = at
  while (start > 0 && norm[start - 1] !== '。' && norm[start - 1] !== '\n' && at - start < SENTENCE_REACH) start--
  const sentence = norm.slice(start, at)
  let part = -1
  for (const m of sentence.matchAll(PARTS)) {
    const before = m.index === 0 ? '\n' : (sentence[m.index - 1] as string)
    const after = sentence.slice(m.index + m[0].length)
    // (`2021年一季度，…`: the year's part, after its year.)
    const lead = sentence.slice(0, m.index)
    if (CLAUSE_STARTS.has(before) || CHANGE_AFTER.test(after) || /\d年$/.test(lead) || OWNER_OPENING_CLAUSE.test(lead)) part = m.index
  }
  if (part < 0) return false
  // One heading the sentence dates all of it; one inside it, its own clauses up to the next semicolon
  // (`规模以上工业企业利润1-11月增长31.2%；一般公共预算收入…增长8.3%`: the revenue is the year's).
  if (part > 0 && sentence.indexOf(';', part) >= 0) return false
  for (const m of sentence.matchAll(WHOLES)) if (m.index > part) return false
  return true
}

import { ADVERBS_BEFORE_A_DEED, DEEDS_ON_COUNTED, HONOUR_PREDICATES } from '../words/verbs'
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
/** A year or the ordinal of a session or batch inside the honour (`2023年度`, `第七届`): no figure, and no part of the label. */
const YEAR = /(?:19|20)\d{2}年度?/g
const ORDINAL = /第[\d一二三四五六七八九十百]+[届批次期轮]/g
/** Measure words of things counted in a list of counts sharing one honour (`14个集体、15名个人荣获…`). */
const MEASURE = '[个名家项所部件户处座条支款种]'
/** The noun of a count in such a list: a few characters, no figure, no delimiter. */
const LISTED_NOUN = '[^\\d、,;。:!?和及与\\n]{1,10}?'
/** Joiners of counts that share one honour: `171名个人和6个科技创新团队入选…`, `14个集体、15名个人荣获…`. */
const JOINER = '[、和及与]'
/** The nouns of the counts joined before and after the honoured one (matchAll copies these, so their lastIndex stays put). */
const COUNT_BEFORE_JOINER = new RegExp(`[\\d.]+${MEASURE}(${LISTED_NOUN})(?=${JOINER})`, 'g')
const COUNT_AFTER_JOINER = new RegExp(`${JOINER}[\\d.]+${MEASURE}(${LISTED_NOUN})(?=${JOINER}|$)`, 'g')
/** What may stand before the count, when anything: its scope (`全市`, `我区`, `全州`). */
const PLACE_ONLY = /^(?:(?:全|我|本)[省市州区县盟旗镇乡])?$/
/** How far back a list of counts joined before this one is looked for. */
const BEFORE_MAX = 60
/** A noun named by one or two characters, with an optional bracket of other kinds of unit (`县(区)`, `乡镇(街道)`). */
const SHORT_NOUN = /^[^()]{1,2}(?:\([^()\d]{1,6}\))?$/
/** Words opening the next item after 、 that make it a statement of its own (`…入选…、获批…`), not a second honour. */
const NEXT_STATEMENT = [...HONOUR_PREDICATES, ...DEEDS_ON_COUNTED, '获批', '成为', '建成', '完成', '新增', '带动', '实现']
/** An item after 、 that ranks or sizes what came before (`数量全省最多`, `居全省第一`): another statement. */
const RANKING_ITEM = /数量|总数|总量|居|位列|排名|排全|最多|最高|第|首位|之首/
/** The longest item after 、 read as one more honour of the same deed (`…示范乡镇、示范村`, `党中央、国务院表彰`). */
const NEXT_HONOUR_MAX = 10

/** Received as an honour only when what is received is one (`受到党中央、国务院表彰`), not help or harm (`受到资助`, `受到影响`). */
const RECEIVED_HONOUR = /^受到.*(?:表彰|表扬|嘉奖)$/
const byLength = [...HONOUR_PREDICATES, '受到'].sort((a, b) => b.length - a.length)
const ADVERB = `(?:${ADVERBS_BEFORE_A_DEED.join('|')})?`
const HONOUR = `(?:${byLength.join('|')})`
/** Counts joined after this one, then the honour they share (adverb allowed): `和6个科技创新团队入选`. */
const JOINED_AFTER = new RegExp(`^((?:${JOINER}[\\d.]+${MEASURE}${LISTED_NOUN})*)(${ADVERB})(?=${HONOUR})`)
/** Counts joined before this one, from the opening of the clause: `14个集体、` before `15名个人`. */
const JOINED_BEFORE = new RegExp(`(?:^|[,;。:!?\\n])[\\d.]+${MEASURE}${LISTED_NOUN}(?:${JOINER}[\\d.]+${MEASURE}${LISTED_NOUN})*${JOINER}$`)

/** The honour and its further items after 、 where they are no list of their own; null when they pair with a list of counts. */
function honourText(norm: string, at: number, nouns: readonly string[]): { text: string, end: number } | null {
  const first = predicateAfter(norm, at, HONOUR_MAX)
  if (!first) return null
  const items = [first]
  let end = at + first.length
  while (norm[end] === '、') {
    const next = predicateAfter(norm, end + 1, NEXT_HONOUR_MAX)
    if (!next || FIGURE_OUTSIDE_QUOTES.test(next.replace(/“[^”]*”/g, '').replace(RANKING_LIST, '')) || NEXT_STATEMENT.some((w) => next.startsWith(w)) || RANKING_ITEM.test(next)) break
    items.push(next)
    end += 1 + next.length
  }
  // 5个县、86个镇获评全国百强县、千强镇: one honour to each thing counted, paired by the list (each ends as its noun).
  const paired = nouns.length > 1 && items.length === nouns.length && items.every((it, i) => it.replace(QUOTES, '').endsWith(nouns[i]!.slice(-1)))
  if (paired) return null
  return { text: items.join('、'), end }
}

/**
 * Things counted and the honour or selection that follows them: `4所高校入选省高水平大学行列` → 高校入选省高水平大学行列,
 * `7部作品获评国家“五个一工程”奖` → 作品获评国家五个一工程奖, `3个县(区)均被评为…示范县` → 县(区)被评为…示范县. The label
 * files name them so, noun and deed as written (held-out labels of a count opening its clause before 入选/荣获/获评/
 * 被评为/入围…: noun + deed 19, deed + class without the noun's 的 11, the class alone 5, the noun alone 5; where the
 * honour is a class of the same things, `5家企业入选…链主企业`, noun + deed 4, class 2, deed + class 2). The short noun
 * alone stays silent (number-before-noun); with its honour it says what is counted. Counts joined by 和 or 、 before one
 * honour share it (`171名个人和6个科技创新团队入选…计划`, `14个集体、15名个人荣获…表彰`), long nouns too; honours listed after
 * 、 run on with the deed (`…示范乡镇、示范村`) unless they pair with the counts (`5个县、86个镇获评全国百强县、千强镇`).
 */
export const honouredCount: Rule = {
  name: 'honoured-count',
  apply(st, ctx) {
    if (st.dropped || !st.counted || !st.noun || st.tokens[0]?.cls !== 'count') return
    const start = st.tokens[0].start
    const { noun } = st.counted
    const tail = JOINED_AFTER.exec(ctx.norm.slice(st.noun.end, st.noun.end + 80))
    if (!tail) return
    const joinedAfter = tail[1] ?? ''
    const from = Math.max(0, start - BEFORE_MAX)
    const found = JOINED_BEFORE.exec(ctx.norm.slice(from, start))
    // a list cut by the window has no known opening
    const joinedBefore = found && (from === 0 || found.index > 0 || /[,;。:!?\n]/.test(found[0][0] ?? '')) ? found[0] : ''
    const joined = joinedAfter !== '' || joinedBefore !== ''
    // 全市4所高校…: where, at most, before the count; a verb or a subject before it makes the honour another's. Names
    // closed by 等 are examples of the things honoured (`甲、乙等7家企业入选…`); a joiner is the list's.
    const raw = joinedBefore ? st.counted.raw.replace(/^[和及与]$/, '') : st.counted.raw
    const head = withoutExamples(raw)
    if (cleanLabel(head) !== '') return
    // 完成1个示范镇、3个示范村创建工作: a verb before the count (which the label drops) makes it the object of another
    // statement; only the scope may stand there (全市, 我省). (A short noun, silent alone, keeps the honour after such a
    // verb, as before: `推动8家企业进入上市辅导程序`.)
    if ((joined || !st.silent) && !PLACE_ONLY.test(head.trim())) return
    // 6个科技创新团队: a noun that stands alone keeps its own label unless it shares the honour with another count.
    const alone = !st.silent && !SHORT_NOUN.test(noun)
    if (alone && (!joined || !st.drafts.every((d) => d.labelSource === 'noun' && d.label === noun))) return
    if (st.silent === undefined && !joined && !SHORT_NOUN.test(noun)) return
    const nouns = [
      ...[...joinedBefore.matchAll(COUNT_BEFORE_JOINER)].map((m) => m[1] ?? ''),
      noun,
      ...[...joinedAfter.matchAll(COUNT_AFTER_JOINER)].map((m) => m[1] ?? ''),
    ]
    const honourAt = st.noun.end + joinedAfter.length + (tail[2] ?? '').length
    const honour = honourText(ctx.norm, honourAt, nouns)
    if (!honour) return
    const verb = byLength.find((w) => honour.text.startsWith(w))
    if (!verb || honour.text.length <= verb.length + 1 || (verb === '受到' && !RECEIVED_HONOUR.test(honour.text))) return
    const what = honour.text.replace(YEAR, '').replace(ORDINAL, '')
    if (FIGURE_OUTSIDE_QUOTES.test(what.replace(/“[^”]*”/g, '').replace(RANKING_LIST, ''))) return
    const label = `${noun}${what.replace(QUOTES, '')}`
    for (const d of st.drafts) {
      d.label = label
      d.quoteEnd = honour.end
      // the honour read is the label's predicate, not a clause run into the noun
      d.deedRead = true
    }
    st.silent = false
  },
}

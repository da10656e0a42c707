import type { Metric } from '../schemas/report'
import { indicatorOf } from './indicators'
import { normalizeForAnalysis } from './normalize'
import { RULES } from './rules'
import { DELIMS, SENTENCE_END, clauseStart, nounAfter, readPre, skipSpace } from './rules/clause'
import { FROM_OPENING, FROM_TO_BRIDGE } from './rules/from-to'
import { isGeneric } from './rules/generic-label'
import type { Draft, PeriodHint, RuleContext, SentenceState, Statement } from './rules/types'
import { BUILD_ACTIONS, CATEGORY_UNITS, CHAINED_ACTIONS, GOALS_AFTER_A_MULTIPLE, ITEM_MEASURES, LEADING_ACTIONS, OUTCOME_ENDINGS, WORDS_LIKE_OPENERS } from './words/labels'
import { BARE_MAGNITUDE_CLASS, LENGTHS, LINES_COUNTED, MILESTONE_WORDS, RATE_BASES_BETWEEN_VALUES } from './words/units'
import { VERBS } from './words/verbs'
import { unitAsWritten } from './unit-as-written'
import { tokenizeFigures, type FigureToken } from './tokens/figures'

export { cleanLabel } from './rules/clause'

/**
 * Quantitative statements of a government work report → figures.
 *
 *   1. tokenise: every figure as written, in any form (tokens/figures.ts);
 *   2. group tokens that share a predicate into statements (a list, a change from one level to another);
 *   3. run the rules (rules/index.ts) on each statement, in order, with what the sentence has said so far.
 *
 * One left-to-right pass; each statement reads at most CLAUSE_MAX characters around it, so the work is linear
 * even on a 1 MB line. `period` and `sectionId` are left null here; analyze.ts fills them in.
 */

export interface RawMetric extends Metric {
  /** Where the figure's own number starts (a year written before it in the clause is a cue for its period). */
  valueStart: number
  /** What the figure's clause says about its period. */
  periodHint: PeriodHint | null
}

export interface ExtractOptions {
  /** The normalised text, when the caller already has it. */
  norm?: string
  /** The place the report speaks for (`深圳市`), when known: a rule may tell it from other places it names. */
  place?: string | null
}

/** A bound that makes a figure a threshold in a name: `10亿元以上项目`, `5万元及以下的`. */
const THRESHOLD_OPENING = /^及?以[上下][\u4e00-\u9fff]/u
/** `、` does not end a list's subjects: `城镇、农村居民人均可支配收入分别…`. */
const LIST_DELIMS = new Set([...DELIMS].filter((d) => d !== '、'))
const LIST_JOINERS = new Set(['、', '和', '及', '与'])
const JOINERS_OPENING_AN_ITEM = new Set(['和', '及', '与'])

/** Does a word that only begins like a joiner or an opener start at `at` (`和美乡村`)? */
function wordLikeAnOpenerAt(norm: string, at: number): boolean {
  return WORDS_LIKE_OPENERS.some((w) => norm.startsWith(w, at))
}

/** Does a joiner at `at` open the next item of a list, counted by `next` in the same clause? */
function opensNextCountedItem(norm: string, at: number, next: FigureToken | undefined): boolean {
  if (!JOINERS_OPENING_AN_ITEM.has(norm[at] as string) || wordLikeAnOpenerAt(norm, at)) return false
  return next !== undefined && !/[,;。!?:、，；：\n]/u.test(norm.slice(at, next.start))
}
/**
 * The joiner of a list (`、`, `和`…) that alone stands between two values, spaces around it aside, or before the base the
 * next value is per (`月人均500元和年人均3500元`); or null.
 */
function listJoinerBetween(norm: string, from: number, to: number): string | null {
  const gap = norm.slice(from, to)
  const base = RATE_BASES_BETWEEN_VALUES.find((w) => gap.trimEnd().endsWith(w))
  const joiner = (base ? gap.trimEnd().slice(0, -base.length) : gap).trim()
  return joiner.length === 1 && LIST_JOINERS.has(joiner) && (gap.length === 1 || /^ *. *$/.test(base ? joiner : gap)) ? joiner : null
}
/** A grade alone (`国家级`, `省级`): the head noun is the next item's. */
const SHARED_HEAD_GRADE = /^[\u4e00-\u9fff]{1,3}级$/u
const CLAUSE_END_AFTER = new Set([...DELIMS, '。', ')', '(', '”', '"', '’', '》', ' ', '）'])

function endsClause(norm: string, j: number): boolean {
  const ch = norm[j]
  return ch === undefined || CLAUSE_END_AFTER.has(ch)
}

/** `突破3万亿元大关`: a milestone word closing the clause ends the figure's phrase as the clause's end would. */
function endsAtMilestone(norm: string, j: number): boolean {
  return MILESTONE_WORDS.some((w) => norm.startsWith(w, j) && endsClause(norm, j + w.length))
}

/**
 * `人均生产总值破10万“三大突破”`, `增长8%、7%“两个同步”`: a quoted name opening with a count of its own (三大, 两个) right
 * after a level sums up the figures before it; it is no noun the level counts. (A count of things before such a name,
 * `5个“三个一”工程`, counts what it names: only figures of a unit that counts no things.)
 */
function summedUpByAQuote(norm: string, figure: FigureToken, j: number): boolean {
  if (figure.cls === 'count' && !(figure.unit in BARE_MAGNITUDE_CLASS)) return false
  return QUOTED_SUMMARY.test(norm.slice(j, j + 14))
}
/** (Closing its clause or the phrase of a frame, `…“三大突破”为标志`: a noun after the quote, `“三个一批”项目`, is named by it.) */
const QUOTED_SUMMARY = /^“[一二两三四五六七八九十]{1,2}[大个项张条][\u4e00-\u9fff]{1,8}”(?:[,;。!?:、\n)]|为|的|等|$)/u

/**
 * A figure written right after a count that describes what is counted: an age (`65岁`), a size (`10蒸吨`), a
 * threshold in the name (`1000公里30户以上自然村`).
 */
function isAttributeAfter(norm: string, count: FigureToken, t: FigureToken): boolean {
  return t.unit === '岁' || (count.cls === 'count' && t.cls === 'measure' && !isTotalLength(count, t)) || (t.post !== null && THRESHOLD_OPENING.test(norm.slice(t.unitEnd, t.unitEnd + 4)))
}

/** 8条500公里高速公路: a length after a count of lines is how long they are together, a second figure of them. */
function isTotalLength(count: FigureToken, t: FigureToken): boolean {
  return LINES_COUNTED.some((u) => count.unit.endsWith(u) || count.unit.startsWith(u)) && LENGTHS.some((u) => t.unit.endsWith(u))
}

/**
 * Is [from, to) a series of short nouns joined by 、 before a clause (`飞机、船舶、`)? Then they are part of its
 * subject, not clauses of their own. An item that opens with an action (`推进数字化改造、`) is a clause.
 */
function isSubjectSeries(norm: string, from: number, to: number): boolean {
  if (to <= from || norm[to - 1] !== '、') return false
  // 力争集中带量采购药品、医用耗材品种达到…: a word of striving before the first item governs the whole series.
  const items = norm.slice(from, to - 1).replace(GOAL_BEFORE_SERIES, '').split('、')
  // 工业投资、民间投资年均增长6%: whole subjects side by side share the figure; the last one is no series' head.
  const last = norm.slice(to, to + SERIES_ITEM_MAX)
  if (items.some((x) => x.length >= 2 && x.length <= last.length && last.includes(x.slice(-2)))) return false
  return items.every(
    (x) =>
      x.length >= 1 && x.length <= SERIES_ITEM_MAX && !/[\d\s“”"()（）]/.test(x) && !SERIES_ACTIONS.some((a) => x.includes(a)) &&
      // (零就业家庭动态清零、城镇新增就业…: an item that ends in what became of it is a clause of its own.)
      !OUTCOME_ENDINGS.some((w) => x.length > w.length + 1 && x.endsWith(w)),
  )
}
const SERIES_ITEM_MAX = 10
/** Words of striving that open a clause before its subject (not 争取, which also means to obtain: 争取中央、省资金). */
const GOAL_BEFORE_SERIES = /^(?:力争|确保|预计)(?=\p{Script=Han}{2})/u
const SERIES_ACTIONS = [
  ...LEADING_ACTIONS.filter((a) => a.length > 1), ...BUILD_ACTIONS, ...CHAINED_ACTIONS.filter((a) => a.length > 1),
  ...VERBS.map(([w]) => w).filter((w) => w.length > 1),
]

/** `由X增加到Y`: the figure `first` opens (the last of its list is `a`) and `b` ends a change of level. */
function isFromTo(norm: string, first: FigureToken, a: FigureToken, b: FigureToken, floor: number): boolean {
  // 由第100位跃升至第59位: two places in a ranking; but a top-N (前10位) is no level.
  if ((a.cls !== b.cls && !unitWrittenShort(a, b) && !unitWrittenShort(b, a)) || (a.cls === 'rank' && (a.top || b.top)) || b.start - a.end > 12) return false
  if (!FROM_TO_BRIDGE.test(norm.slice(a.end, b.start))) return false
  return FROM_OPENING.test(norm.slice(Math.max(floor, first.start - 12), first.start))
}

/** `short` writes the unit of `full` short: `由85个压缩至45个工作日`, `由5个工作日压缩到1个`, `从1.2万增加到1.5万元`. */
function unitWrittenShort(short: FigureToken, full: FigureToken): boolean {
  return short.unit !== full.unit && short.unit.length > 0 && full.unit.startsWith(short.unit)
}

/** A change of level whose one end writes the unit short takes the unit of the other end. */
function withUnitsWrittenOut(pair: FigureToken[]): FigureToken[] {
  const full = pair.reduce((a, t) => (t.unit.length > a.unit.length ? t : a))
  return pair.map((t) => (unitWrittenShort(t, full) ? { ...t, unit: full.unit, cls: full.cls } : t))
}

/** Tokens from k on joined by 、 (a list of values; 和 before the last, `从188元和110元提高到…`), at most `max`. */
function listFrom(norm: string, tokens: readonly FigureToken[], k: number, max: number): number {
  let j = k + 1
  while (j < tokens.length && j - k < max) {
    const prev = tokens[j - 1] as FigureToken
    const t = tokens[j] as FigureToken
    if (t.start !== prev.end + 1 || t.cls !== prev.cls) break
    if (norm[prev.end] === '和') {
      j++
      break
    }
    if (norm[prev.end] !== '、') break
    j++
  }
  return j
}

/** The indicator whose level the sentence states last (`地区生产总值完成10143.3亿元`), if any: what a growth after its `；` is of. */
function levelBefore(sentence: SentenceState): string | null {
  const levels = sentence.figures.filter((d) => d.kind === 'amount' && d.label !== '' && indicatorOf(d.label) !== null)
  return levels[levels.length - 1]?.label ?? null
}

function freshSentence(start: number): SentenceState {
  return { start, subject: null, previous: [], previousStatement: null, figures: [], droppedEnd: -1, droppedBound: -1, droppedClass: false }
}

function newDraft(token: FigureToken, clauseStartAt: number): Draft {
  return {
    token,
    label: '',
    labelSource: null,
    quoteStart: clauseStartAt,
    quoteEnd: token.end,
    kind: null,
    qualifier: null,
    average: false,
    value: token.value,
    periodHint: null,
    reasons: new Set(),
  }
}

/** Find every figure in `original`. Ids are m1, m2, … in text order. */
export function extractMetrics(original: string, options: ExtractOptions = {}): RawMetric[] {
  const norm = options.norm ?? normalizeForAnalysis(original)
  const tokens = tokenizeFigures(norm, original)
  const drafts: Draft[] = []
  const ctx: RuleContext = { norm, original, sentence: freshSentence(0), place: options.place ?? null }
  let scanned = 0
  let lineStart = 0
  let floor = 0
  let k = 0
  while (k < tokens.length) {
    const first = tokens[k] as FigureToken
    for (; scanned < first.start; scanned++) {
      const ch = norm[scanned] as string
      if (SENTENCE_END.has(ch)) {
        const before = ch === ';' ? levelBefore(ctx.sentence) : null
        ctx.sentence = freshSentence(scanned + 1)
        if (before) ctx.sentence.subjectBeforeSemicolon = before
        if (ch === '\n') lineStart = scanned + 1
      }
    }
    const statementFloor = Math.max(lineStart, floor)
    // Group the tokens that share a predicate.
    const group: FigureToken[] = [first]
    const itemMeasures = new Map<number, string>()
    let shape: Statement['shape'] = 'single'
    let j = k + 1
    // 由X增加到Y, and 分别从X1、X2提高到Y1、Y2
    const fromEnd = listFrom(norm, tokens, k, 20)
    const toEnd = fromEnd < tokens.length ? listFrom(norm, tokens, fromEnd, fromEnd - k) : fromEnd
    const lastFrom = tokens[fromEnd - 1] as FigureToken
    const firstTo = tokens[fromEnd]
    // 分别从50%、75%提高至100%, 由310元、750元统一提高到5000元: several first levels that all reach one.
    const oneReached = toEnd - fromEnd === 1 && fromEnd - k > 1
    if (firstTo && (toEnd - fromEnd === fromEnd - k || oneReached) && isFromTo(norm, first, lastFrom, firstTo, statementFloor)) {
      group.push(...tokens.slice(k + 1, toEnd))
      group.splice(0, group.length, ...withUnitsWrittenOut(group))
      shape = 'from-to'
      j = toEnd
    } else {
      while (j < tokens.length) {
        const prev = group[group.length - 1] as FigureToken
        const t = tokens[j] as FigureToken
        if (t.cls === 'rank' || prev.cls === 'rank' || group.length >= 20) break
        // 120户356人: two units of one thing; but 65岁 or 10蒸吨 after a count is an attribute, 21批 a category.
        const adjacent = t.start === prev.end && !isAttributeAfter(norm, prev, t) && !CATEGORY_UNITS.includes(prev.unit)
        // 项目297个、10亿元以上项目38个: a size of another kind opening the next item's name (a threshold) starts a
        // new item, it is no second value of the first.
        const opensItem = t.cls !== prev.cls && THRESHOLD_OPENING.test(norm.slice(t.unitEnd, t.unitEnd + 4))
        // 1.8个、0.2个和0.1个百分点: a value whose unit the earlier ones write short joins them after 和 too.
        const unitWrittenShort = prev.unit !== t.unit && prev.unit.length > 0 && t.unit.startsWith(prev.unit)
        // Texts converted from PDF space their figures out (`增长 8.6%和 8.8%`, `9% 、 13%`): spaces around the joiner.
        const joiner = listJoinerBetween(norm, prev.end, t.start)
        const joined = adjacent || (joiner !== null && (joiner === '、' || t.cls === prev.cls || unitWrittenShort) && !opensItem)
        const measure = norm[prev.end] === '、' && t.cls !== prev.cls ? ITEM_MEASURES.find((w) => norm.startsWith(w, prev.end + 1) && prev.end + 1 + w.length === t.start) : undefined
        if (!joined && !measure) break
        if (measure) itemMeasures.set(group.length, measure)
        // 提高1.5个、0.87个百分点, 压减至2个、2.5个、80个工作日: the earlier values write their unit short.
        if (!adjacent && unitWrittenShort) {
          for (let g = 0; g < group.length; g++) {
            const v = group[g] as FigureToken
            if (v.unit === prev.unit) group[g] = { ...v, unit: t.unit, cls: t.cls }
          }
        }
        group.push(t)
        j++
      }
      if (group.length > 1) shape = 'list'
    }
    const last = group[group.length - 1] as FigureToken
    const listFloor = clauseStart(norm, first.start, statementFloor, LIST_DELIMS)
    const ls = skipSpace(norm, listFloor, first.start)
    const ownStart = skipSpace(norm, clauseStart(norm, first.start, statementFloor), first.start)
    let tail: Statement['tail'] = 'end'
    let noun: Statement['noun'] = null
    let nounThenFigure = false
    // 2.5万名65岁及以上失能老年人, 178座10蒸吨及以下的燃煤锅炉: a figure right after a count is an attribute of
    // the noun (an age, a size).
    const attribute = tokens[j]
    const adjacentNext = attribute !== undefined && attribute.start === last.end && !endsClause(norm, attribute.end)
    const skipAttribute = adjacentNext && isAttributeAfter(norm, last, attribute as FigureToken)
    // 21批173项制度集成创新案例: the batches are a category; the figure after them is the one.
    if (adjacentNext && !skipAttribute && group.length === 1 && CATEGORY_UNITS.includes(last.unit)) {
      k = j
      continue
    }
    if (skipAttribute) j++
    const nounFrom = skipAttribute ? (attribute as FigureToken).end : last.end
    if (!endsClause(norm, nounFrom) && !endsAtMilestone(norm, nounFrom) && !summedUpByAQuote(norm, last, nounFrom) && !goalOfAMultiple(norm, last, nounFrom)) {
      noun = nounAfter(norm, nounFrom)
      // 消防救援站13个和乡镇消防工作站92个: a joiner after the count opens the next item, with a count of its own; it is no
      // noun of this count (but 72项与港澳规则对接事项 is a noun opened by a preposition, and 和美乡村 a word).
      if (noun && opensNextCountedItem(norm, noun.start, tokens[j])) noun = null
      // 10个50亿元以上项目: a size with its bound names the things counted, as 50亿元以上项目 alone would.
      if (noun && skipAttribute && attribute && attribute.post !== null && (attribute.post === '以上' || attribute.post === '以下') && attribute.cls === 'money') noun = { start: attribute.start, end: noun.end }
      if (noun) {
        tail = 'noun'
        const following = tokens[j]
        // 66个产业功能区和2800万平方米…: a figure after a joiner opens the next item; it is no amount of the noun.
        const gap = norm.slice(noun.end, following?.start ?? noun.end)
        // 4个国家级和10个省级试点: a noun that is only a grade shares the head of the next item.
        const nextItem = LIST_JOINERS.has(gap) && !SHARED_HEAD_GRADE.test(norm.slice(noun.start, noun.end))
        nounThenFigure = following !== undefined && following.start <= noun.end + 2 && !/[,;。!?:、\n]/.test(gap) && !nextItem
      }
    }
    // 飞机、船舶、海工平台跨境租赁业务占全国比重超过70%: one figure after its subject, a series of nouns.
    const previousToken = tokens[k - 1]
    const seriesOpens = listFloor === 0 || norm[listFloor - 1] === '\n' || LIST_DELIMS.has(norm[listFloor - 1] as string)
    const cs = group.length === 1 && noun === null && (previousToken === undefined || previousToken.end <= ls) && seriesOpens && isSubjectSeries(norm, ls, ownStart) ? ls : ownStart
    const pre = readPre(norm.slice(cs, first.start))
    const previous = ctx.sentence.previousStatement
    const previousEnd = previous ? (previous.tokens[previous.tokens.length - 1]?.end ?? -1) : -1
    const st: Statement = {
      tokens: group,
      shape,
      tail,
      noun,
      nounThenFigure,
      ...(tokens[j] ? { following: tokens[j] } : {}),
      clauseStart: cs,
      listStart: ls,
      pre,
      listPre: ls === cs ? pre : readPre(norm.slice(ls, first.start)),
      afterListComma: previousEnd >= 0 && norm[previousEnd] === '、' && cs === previousEnd + 1,
      drafts: group.map((t) => newDraft(t, cs)),
      ...(shape === 'from-to' ? { levelsFrom: fromEnd - k } : {}),
      itemMeasures,
      dropped: false,
    }
    for (const rule of RULES) rule.apply(st, ctx)
    if (!st.dropped) {
      if (!st.silent) for (const d of st.drafts) if (d.label) drafts.push(d)
      const sentence = ctx.sentence
      sentence.previous = st.drafts
      sentence.previousStatement = st
      sentence.figures.push(...st.drafts)
      const named = st.drafts.filter((d) => (d.labelSource === 'subject' || d.labelSource === 'noun') && !isGeneric(d.label))
      const lastNamed = named[named.length - 1]
      if (lastNamed) sentence.subject = lastNamed.carried ?? lastNamed.label
      else if (st.drafts.length > 1) {
        const lastDraft = st.drafts[st.drafts.length - 1]
        sentence.subject = lastDraft?.carried ?? (lastDraft?.label || sentence.subject)
      } else if (st.drafts[0]?.carried) sentence.subject = st.drafts[0].carried
    }
    if (st.dropped) {
      ctx.sentence.droppedEnd = Math.max(last.end, noun?.end ?? 0)
      ctx.sentence.droppedBound = (last.post === '以上' || last.post === '以下') && st.tail === 'noun' ? last.end : -1
      ctx.sentence.droppedClass = last.post !== null || st.pre.qualifier !== null
    }
    if (st.transparent) {
      k = j
      continue
    }
    floor = st.dropped ? last.end : Math.max(last.end, st.tail === 'noun' && st.drafts[0]?.labelSource === 'noun' ? (noun?.end ?? 0) : 0)
    k = j
  }
  // Emitted at the end: a later clause may still date an earlier figure (`达到X，较“十三五”末的Y…`).
  return drafts.map((d, n) => toMetric(d, n + 1, norm, original))
}

/** The number of a list item opening a quote: （13）, (2), 3. before words, ①. */
const LIST_ITEM_NUMBER = /^(\(\d{1,2}\)|\d{1,2}\.(?=[\u4e00-\u9fff])|[\u2460-\u2473\u2474-\u2487\u2776-\u277f])/u

/** A quote runs to the end of its clause when words follow the figure (`10个“二线口岸”正式启用`). */
const QUOTE_REACH = 30

function clauseEnd(norm: string, end: number): number {
  for (let k = end; k < norm.length && k - end <= QUOTE_REACH; k++) {
    const ch = norm[k] as string
    if (DELIMS.has(ch) || ch === '。' || ch === '(' || ch === ')') return k
  }
  return end
}

function toMetric(d: Draft, n: number, norm: string, original: string): RawMetric {
  let start = Math.min(d.quoteStart, d.token.start)
  // 新增城镇就业82.7万人和农村劳动力转移就业68万人: a joiner right after the figure opens the next item, no words of this one.
  // (Not before the next value of a list, `0.9个和0.4个百分点`: the quote runs on to the unit they share.)
  const nextItem = d.quoteEnd <= d.token.end && JOINERS_OPENING_AN_ITEM.has(norm[d.token.end] as string) && !/[\d０-９]/u.test(norm[d.token.end + 1] ?? '')
  const end = nextItem ? d.token.end : clauseEnd(norm, Math.max(d.quoteEnd, d.token.end))
  start = skipSpace(norm, start, d.token.start)
  // A quote never starts with a bare 的 or a list comma left over.
  while (start < d.token.start && (norm[start] === '的' || norm[start] === '、')) start++
  // （13）新增城镇就业2万人, ⑦改造…: nor with the number of its list item.
  const marker = LIST_ITEM_NUMBER.exec(norm.slice(start, d.token.start))
  if (marker) start = skipSpace(norm, start + marker[0].length, d.token.start)
  // 和298处…, 和农村劳动力转移就业68万人: nor with the joiner of a list before its item (but 和美乡村 is a word).
  if ((norm[start] === '和' || norm[start] === '及') && start + 1 <= d.token.start && !wordLikeAnOpenerAt(norm, start)) start++
  return {
    id: `m${n}`,
    label: (d.deed ?? '') + d.label,
    value: d.value,
    // 城乡居民收入比缩小到1.56：1: a ratio to one is its first term alone (收入比1.56), as the label files write it.
    unit: d.token.cls === 'ratio' ? '' : unitAsWritten(d.token.unit, original, d.token.start, d.token.unitEnd),
    kind: d.kind ?? 'amount',
    qualifier: d.qualifier,
    high: d.token.high,
    written: d.token.written,
    ...(d.average ? { average: true } : {}),
    ...(d.gap && d.kind === 'change' ? { gap: d.gap } : {}),
    period: null,
    indicator: null,
    confidence: d.reasons.size > 0 ? { level: 'low', reasons: [...d.reasons] } : { level: 'high', reasons: [] },
    quote: original.slice(start, end),
    sectionId: null,
    start,
    end,
    valueStart: d.token.start,
    periodHint: d.periodHint,
  }
}

/**
 * 完成翻番目标, 超额完成翻一番的目标: a multiple in words before a goal word closing its clause; the goal is the
 * doubling itself, not a noun the figure counts.
 */
function goalOfAMultiple(norm: string, last: FigureToken, from: number): boolean {
  // (两个翻番目标: goals counted, named by the doubling; no figure of a subject.)
  if (last.cls !== 'times' || !/[翻倍]/.test(last.written ?? '') || norm[last.start - 1] === '个') return false
  const at = norm[from] === '的' ? from + 1 : from
  const goal = GOALS_AFTER_A_MULTIPLE.find((w) => norm.startsWith(w, at))
  return goal !== undefined && endsClause(norm, at + goal.length)
}

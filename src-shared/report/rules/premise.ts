import { DUTY_OPENERS, STATE_VERBS } from '../words/verbs'
import { DELIMS } from './clause'
import type { Draft, Rule, Statement } from './types'

const REACH = 30
/** Words that say a level has been reached already (`已达`). */
const REACHED_MARKERS = ['已经', '已']
/** Bounds that a goal sets on a figure (`…1500万亩以上`), never a state's. */
const GOAL_BOUNDS: readonly string[] = ['以上', '以内', '以下', '不少于', '不低于', '不超过']
/** Words that open a clause on how things are now. */
const NOW_OPENERS = /^(?:今年|目前|当前|现阶段|眼下)/u

/**
 * A state the sentence goes on to act on is a fact, not a goal: `今年高校毕业生达874万人，要促进…`,
 * `全国近3亿人领取养老金，必须确保按时足额发放`, `我国有2.9亿在校学生，要…`, `今年高校毕业生795万人，再创历史新高，要…`,
 * `60岁以上人口已达2.5亿。要大力发展…` (a level reached already; period.ts dates it to the year before the plan). In a plan it describes the plan year;
 * it is never that year's target. An action (`高职院校扩招200万人，要使…`) stays a goal.
 */
export const premise: Rule = {
  name: 'premise',
  apply(st, ctx) {
    if (st.dropped || st.shape !== 'single') return
    if (isStockActedOn(st, ctx.norm, ctx.sentence.previous)) {
      for (const d of st.drafts) d.periodHint = { ...d.periodHint, fact: true }
      return
    }
    // 今年高校毕业生795万人，再创新高，要…: a bare figure after its noun, with no verb, in a clause that opens on now,
    // states how things are too (without that opening it may be a goal: `城镇新增就业5万人，要…`).
    const opensOnNow = NOW_OPENERS.test(ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? 0))
    // (A bound a goal sets, `今年退耕还林还草1500万亩以上，务必抓好`, makes it the year's task, not how things are.)
    const goalBound = st.tokens.some((t) => t.post !== null && GOAL_BOUNDS.includes(t.post))
    const bare = opensOnNow && st.pre.verb === null && st.pre.verbWord === null && st.pre.qualifier === null && !st.pre.verbLeads && !goalBound
    const state = st.pre.verbWord !== null ? STATE_VERBS.includes(st.pre.verbWord) : st.pre.qualifier !== null || bare
    if (!state || st.pre.aspiration) return
    const { norm } = ctx
    let k = Math.max(st.tokens[0]?.end ?? 0, st.noun?.end ?? 0)
    const limit = Math.min(norm.length, k + REACH)
    while (k < limit && !DELIMS.has(norm[k] as string)) k++
    // 我国60岁以上人口已达2.5亿。要大力发展…: a level said to be reached already, acted on by the next sentence.
    const reached = REACHED_MARKERS.some((w) => norm.slice(st.clauseStart, st.tokens[0]?.start ?? 0).includes(w))
    if (norm[k] !== ',' && !(reached && norm[k] === '。')) return
    if (!dutyFollows(norm, k + 1, norm[k] === '。' ? 0 : ASIDES_BEFORE_DUTY)) return
    for (const d of st.drafts) d.periodHint = { ...d.periodHint, fact: true, ...(reached ? { reached: true } : {}) }
  },
}

/** The items after a counted thing up to the clause's end: more counted things only (`、15个高新区、17个科技园`). */
const MORE_COUNTED_THINGS = /^(?:、\d[\d.]*个[^,、。;!?\n\d]{1,14})*,/u

/**
 * `55个经济开发区、15个高新区、17个大学科技园，都要对标先进水平`: things counted as the subject of a duty, with
 * nothing done to them before the count, are how many there are, not a goal.
 */
function isStockActedOn(st: Statement, norm: string, previous: readonly Draft[]): boolean {
  const only = st.tokens[0]
  if (!only || only.cls !== 'count' || st.tail !== 'noun' || !st.noun) return false
  // The first item opens its clause; the next ones follow a stock (`新建5个产业园、3个孵化器` is a goal all through).
  const before = norm.slice(st.clauseStart, only.start)
  const afterItem = before === '、' || (before === '' && (st.afterListComma || norm[st.clauseStart - 1] === '、'))
  if (before !== '' && before !== '、') return false
  if (afterItem && previous[0]?.periodHint?.fact !== true) return false
  const rest = MORE_COUNTED_THINGS.exec(norm.slice(st.noun.end, st.noun.end + 120))
  return rest !== null && dutyFollows(norm, st.noun.end + rest[0].length, 0)
}

/** How many short asides may stand between the state and the duty (`，再创历史新高，要…`). */
const ASIDES_BEFORE_DUTY = 1
/** How long such an aside may be. */
const ASIDE_MAX = 8

/** Does a clause of duty open at `at`, or after at most `asides` short clauses from there? */
function dutyFollows(norm: string, at: number, asides: number): boolean {
  let from = at
  for (let n = 0; n <= asides; n++) {
    const next = norm.slice(from, from + 4)
    if (DUTY_OPENERS.some((w) => next.startsWith(w))) return true
    const end = norm.slice(from, from + ASIDE_MAX + 1).indexOf(',') + from
    if (end < from || end - from > ASIDE_MAX || /[。;；!?\n]/.test(norm.slice(from, end))) return false
    from = end + 1
  }
  return false
}

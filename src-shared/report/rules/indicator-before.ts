import { INDICATOR_NAMES } from '../indicators'
import { GENERIC_LABELS, MEASURE_OF_AN_INDICATOR, MILESTONE_CLAUSE, SCOPE_PREFIXES } from '../words/labels'
import { RELATIVE_TIME_WORDS } from '../words/periods'
import { previousEnd } from './carry-subject'
import { cleanLabel } from './clause'
import type { Rule } from './types'

/** A time opening a sentence (`2022年`, `去年`, `五年来`), alone in its clause or before the subject. */
const TIMES = `\\d{4}年(?:以来)?|${[...RELATIVE_TIME_WORDS].sort((a, b) => b.length - a.length).join('|')}`
const TIME_ONLY = new RegExp(`^(?:${TIMES})$`, 'u')
const TIME_FIRST = new RegExp(`^(?:${TIMES})`, 'u')

/** How far back the rule reads: a clause is short, and a sentence may be a megabyte long. */
const WINDOW = 48

/** The subject of a clause that only says a milestone was passed, or undefined. */
function milestoneSubject(clause: string): string | undefined {
  const m = MILESTONE_CLAUSE.exec(clause)
  const label = m ? cleanLabel(m[1] as string) : ''
  return label.length >= 2 ? label : undefined
}

/**
 * A sentence that names a standard indicator in a clause of its own before its figures: `全市地区生产总值再上新台阶，
 * 达到4015亿元，增长5.8%` → 地区生产总值 for both. Only a standard indicator's full name at the head of the sentence
 * counts (after a scope such as 全市), or any subject of a clause that only says a milestone was passed
 * (`电网售电量首次超过百亿千瓦时，达104.04亿千瓦时`), so a clause about anything else lends nothing to a figure.
 */
export const indicatorBefore: Rule = {
  name: 'indicator-before',
  apply(st, ctx) {
    if (st.dropped || st.drafts.some((d) => d.label !== '')) return
    if (st.clauseStart <= ctx.sentence.start) return
    // After figures of other subjects, only a clause of its own right before the figure names it (below).
    const carried = ctx.sentence.subject !== null
    const previous = ctx.sentence.previousStatement
    const lastEnd = previous ? previousEnd(previous) : -1
    const before = ctx.norm.slice(Math.max(ctx.sentence.start, st.clauseStart - WINDOW), st.clauseStart).replace(/[,，、]\s*$/u, '')
    // 2022年，全省生产总值稳步增长，达到…: a clause that only says when opens the sentence, not its subject.
    const clauses = before.split(/[,，;；]/u)
    while (clauses.length > 1 && TIME_ONLY.test((clauses[0] ?? '').trim())) clauses.shift()
    const last = clauses[clauses.length - 1] ?? ''
    // 全市地区生产总值再上新台阶，达到…: the sentence's only clause before the figures names the indicator.
    const whole = clauses.length === 1 && st.clauseStart - ctx.sentence.start <= WINDOW
    let opening = last.replace(/^[\s“”"]+/u, '').replace(TIME_FIRST, '')
    const scope = SCOPE_PREFIXES.find((p) => opening.startsWith(p))
    if (scope) opening = opening.slice(scope.length)
    // …有效应对下行压力，地区生产总值逆势转正，完成878.9亿元: after clauses without figures, the one right before names it too.
    const firstFigures = previous === null && last.length <= WINDOW
    const indicator = (whole || firstFigures) && !carried
      ? INDICATOR_NAMES.find((n) => opening.startsWith(n) && !MEASURE_OF_AN_INDICATOR.test(opening.slice(n.length)))
      : undefined
    // …，电网售电量首次超过百亿千瓦时，达104.04亿千瓦时: the clause just before only says a milestone was passed;
    // after other figures of the sentence (`…分别增长37%、19%，全省进出口总值创历史新高，达到…`), when no figure stands in it.
    const own = !carried || lastEnd < st.clauseStart - last.length - 1
    const name = indicator ?? (own ? milestoneSubject(last) : undefined)
    // 地区生产总值年均增长6.2%，总量跨过7个千亿级台阶、达…: a generic label (总量) is the carried subject's own.
    if (!name || (carried && GENERIC_LABELS.includes(name))) return
    for (const d of st.drafts) {
      d.label = name
      d.labelSource = 'context'
    }
    ctx.sentence.subject = name
  },
}

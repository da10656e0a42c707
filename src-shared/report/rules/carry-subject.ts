import { BARE_MEASURES, BASIS_CLAUSES, SIZES_OF_THE_THING } from '../words/labels'
import { PART_OF_YEAR } from '../words/periods'
import { MILESTONE_WORDS } from '../words/units'
import { ADDITIONS_BEFORE_A_NAMED_TOTAL, ADDITIONS_BEFORE_A_TOTAL, DEFINING_VERBS } from '../words/verbs'
import { cleanLabel } from './clause'
import { isTimeOnlyLabel } from './label-times'
import { indicatorOpening } from './parts-of-year-listed'
import type { Draft, Rule, RuleContext, Statement } from './types'

/**
 * A clause without a subject is about the sentence's subject: `国内生产总值达到99.1万亿元，增长6.1%` → the 6.1%
 * is 国内生产总值's. Carried from the clause just before, it is likely right; from further back, less so
 * (confidence says which). A 力争 figure after a main one (`增长6.5%左右，力争7%`) is the same indicator. A level
 * after an addition is the total of the things (`新增企业5万户、达到80万户` → 企业; after 净增, 经营主体总量).
 */
export const carrySubject: Rule = {
  name: 'carry-subject',
  apply(st, ctx) {
    if (st.dropped) return
    if (!ctx.sentence.subject) {
      growthAfterSemicolon(st, ctx)
      return
    }
    const subject = ctx.sentence.subject
    const adjacent = followsSubject(st, ctx) || wholeYearAfterItsParts(st, ctx)
    // 经营主体净增98万户、突破1900万户: a level reached after an addition is the total.
    // (新获批…2家、达19家, 机场新开通航线12条、达126条: any addition before the things, or inside after their owner.)
    const added =
      DEFINING_VERBS.find((v) => subject.startsWith(v) || subject.endsWith(v)) ??
      ADDITIONS_BEFORE_A_TOTAL.filter((v) => v.length > 2).find((v) => subject.includes(v))
    const level = st.pre.verb === 'level' || (st.pre.verb === null && st.pre.qualifier !== null) || runningTotal(st, ctx)
    const total = added && ADDITIONS_BEFORE_A_NAMED_TOTAL.includes(added) ? '总量' : ''
    const wholeYear = isTimeOnlyLabel(subject) && wholeYearAfterItsParts(st, ctx) ? indicatorOpeningSentence(ctx) : null
    // 市场主体净增2.1万户、增长12%: the rate after an addition is the growth of the things' number, not of the addition;
    // the label files name the things alone (7 of 8).
    // (Only when the things are named: 新登记55万户，增长24.9% keeps its verb, the whole subject.)
    const rateOfTheThings = added !== undefined && subject.endsWith(added) && [...subject].length >= added.length + 2 && isRateOfChange(st)
    const label =
      wholeYear ??
      measureOfSubjectJustBefore(st, ctx, subject) ??
      (added && level ? `${subject.replace(added, '')}${total}` : rateOfTheThings ? subject.slice(0, -added.length) : subject)
    // 十年增加近70万亿元、年均增长6.2%: a clause that reads on from one whose subject only said when reads on in
    // that span too, and is as doubtful.
    const afterWhen = adjacent && wasWhen(ctx.sentence.previousStatement)
    const levelBefore = levelJustBefore(st, ctx)
    for (const d of st.drafts) {
      // 评价入库1.25万家，实现两年翻番: a clause whose only subject says when is about the sentence's subject; the
      // time it names (两年, 四年) may be a span the period does not show, so the figure stays to be checked.
      const when = d.label !== '' && isTimeOnlyLabel(d.label) && !isTimeOnlyLabel(subject)
      if (d.label !== '' && !when) continue
      // …净增1600户，总数突破1万户、三年翻一番: a multiple over some years right after a level is that level's.
      if (when && levelBefore && d.token.cls === 'times') {
        d.label = levelBefore
        d.labelSource = 'context'
        continue
      }
      d.label = label
      d.labelSource = adjacent && !when && !afterWhen ? 'context' : 'context-far'
      if (when || afterWhen) d.readOnInTime = true
    }
  },
}

/**
 * `签约项目176个，合同资金592亿元，同比增长58%`, `重点项目420个，完成投资3500亿元，增长12%`: a rate of change right after an
 * amount of the works' measure (bare-measure named it so) is that measure's growth, not the works'; or null.
 */
function measureOfSubjectJustBefore(st: Statement, ctx: RuleContext, subject: string): string | null {
  const previous = ctx.sentence.previousStatement
  const one = previous?.drafts.length === 1 ? previous.drafts[0] : undefined
  if (!previous || !isRateOfChange(st) || !one || one.token.cls === 'pct' || !one.label.startsWith(subject)) return null
  if (st.clauseStart > previousEnd(previous) + 2) return null
  const measure = one.label.slice(subject.length)
  // (转移支付…规模近9.8万亿元，增长18%: a size of the thing itself grows with it; the growth is the thing's.)
  return BARE_MEASURES.includes(measure) && !SIZES_OF_THE_THING.includes(measure) ? one.label : null
}

/** 增长12%, 下降3.5%: a change given as a percentage only. */
function isRateOfChange(st: Statement): boolean {
  return (st.pre.verb === 'up' || st.pre.verb === 'down') && st.drafts.length > 0 && st.drafts.every((d) => d.token.cls === 'pct')
}

/** `累计14个`, `累计达2215家`: a clause that is only a running total (not `累计新增…`, which is an addition again). */
const RUNNING_TOTAL = /^累计(?:达到?|突破|超过?|增至|增加到|为|有)?$/u

/**
 * `新获批国家先进制造业集群4个，累计14个`: the running total after an addition is the level the things reached, labelled
 * by the things alone (国家先进制造业集群), as after 达到.
 */
function runningTotal(st: Statement, ctx: RuleContext): boolean {
  const first = st.tokens[0]
  return first !== undefined && RUNNING_TOTAL.test(ctx.norm.slice(st.clauseStart, first.start).trim())
}

/**
 * `地区生产总值完成10143.3亿元，居…第16位；增长8.1%，居…第2位`: a growth that opens the sentence after a `；` with no
 * subject of its own (only its verb before it) is of the sentence before's subject. Read across a sentence's end, it is
 * flagged (context-far), and the sentence reads on about that subject (a rank of the growth after it).
 */
function growthAfterSemicolon(st: Statement, ctx: RuleContext): void {
  const subject = ctx.sentence.subjectBeforeSemicolon
  const [first] = st.tokens
  if (!subject || !first || ctx.sentence.figures.length > 0 || st.drafts.length !== 1) return
  if ((st.pre.verb !== 'up' && st.pre.verb !== 'down') || first.cls !== 'pct' || cleanLabel(st.pre.subject) !== '') return
  if (ctx.norm.slice(ctx.sentence.start, st.clauseStart).trim() !== '') return
  const [d] = st.drafts
  if (!d || d.label !== '') return
  d.label = subject
  d.labelSource = 'context-far'
  ctx.sentence.subject = subject
}

/** The label of the level (an amount or a count) the clause follows straight on, if any. */
function levelJustBefore(st: Statement, ctx: RuleContext): string | null {
  const previous = ctx.sentence.previousStatement
  const last = previous?.drafts[previous.drafts.length - 1]
  if (!previous || !last?.label || (last.kind !== 'amount' && last.kind !== 'count')) return null
  return st.clauseStart <= previousEnd(previous) + 2 ? last.label : null
}

/** A clause that gives the whole year's change (`预计全年增长3.5%左右`, `全年增长4.2%`). */
const WHOLE_YEAR_CHANGE = /^(?:预计)?全年(?:预计)?(?:增长|下降|增速)/

/**
 * `全市生产总值一季度下降7.2%，二季度迅速恢复到正增长，预计全年增长3.5%左右`: the whole year's change after the
 * sentence's subject went through parts of the year is that subject's, however many clauses lie between.
 */
function wholeYearAfterItsParts(st: Statement, ctx: RuleContext): boolean {
  const first = st.tokens[0]
  if (!first || !WHOLE_YEAR_CHANGE.test(ctx.norm.slice(st.clauseStart, first.start))) return false
  return ctx.norm.slice(ctx.sentence.start, st.clauseStart).search(PART_OF_YEAR) >= 0
}

/**
 * `经济增速逐季回升，一季度、上半年、前三季度分别增长5%、5.3%、5.5%，全年增长5.7%`: the whole year's change after parts
 * of the year is not the last part's (前三季度) but that of the indicator the sentence opens with, before its first part
 * of the year (经济增速 → 地区生产总值; 地区生产总值 as written). Null when the opening names no indicator.
 */
function indicatorOpeningSentence(ctx: RuleContext): string | null {
  const sentence = ctx.norm.slice(ctx.sentence.start)
  const part = sentence.search(PART_OF_YEAR)
  if (part <= 0) return null
  return indicatorOpening(sentence.slice(0, part).split(/[,;:，；：]/u)[0] ?? '') || null
}

/** Was a statement's name carried over a subject that only said when (or read on from one that was)? */
function wasWhen(st: Statement | null): boolean {
  return st !== null && st.drafts.some((d) => d.readOnInTime === true)
}

/** Does the clause come right after the one that named the sentence's subject? */
export function followsSubject(st: Statement, ctx: RuleContext): boolean {
  const previous = ctx.sentence.previousStatement
  const subject = ctx.sentence.subject
  if (previous === null || !previous.drafts.some((d) => d.label === subject)) return false
  return st.clauseStart <= previousEnd(previous) + 2 || onlyNoteOrMilestone(ctx.norm.slice(previousEnd(previous), st.clauseStart))
}

/**
 * What may stand between a figure and the clause that reads on from it without parting them: a note in brackets
 * (`生产总值1130亿元（预计数，下同），比上年增长11%`) or the milestone the figure passed (`跨过8000亿元台阶，达到8275亿元`).
 */
const NOTE_OR_MILESTONE = new RegExp(`^(?:${MILESTONE_WORDS.join('|')})?\\s*(?:[（(][^（）()]{1,20}[）)])?\\s*[，,、]?\\s*$`)
function onlyNoteOrMilestone(gap: string): boolean {
  if (NOTE_OR_MILESTONE.test(gap)) return true
  // …9846.9亿元，按可比价计算，同比增长7.8%: a clause that only gives the basis of the next figure.
  const clause = gap.replace(/^\s*[，,]\s*/, '').replace(/\s*[，,]\s*$/, '')
  return BASIS_CLAUSES.test(clause)
}

/** Where a statement ends: its last value, or the noun after it. */
export function previousEnd(st: { tokens: { end: number }[]; noun: { end: number } | null }): number {
  const last = st.tokens[st.tokens.length - 1]
  return Math.max(last?.end ?? 0, st.noun?.end ?? 0)
}

/** The last figure of the statement right before this one across a 、 (the item before in a series), or null. */
export function itemBefore(st: Statement, ctx: RuleContext): Draft | null {
  const previous = ctx.sentence.previousStatement
  const before = previous?.drafts[previous.drafts.length - 1]
  if (!previous || !before || ctx.norm[st.clauseStart - 1] !== '、' || previousEnd(previous) !== st.clauseStart - 1) return null
  return before
}

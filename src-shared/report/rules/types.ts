import type { ConfidenceReason, MetricKind, Qualifier } from '../../schemas/report'
import type { FigureToken } from '../tokens/figures'
import type { Pre } from './clause'

/**
 * What the rules work on. A statement is one or more figure tokens that share a predicate: `增长5%`,
 * `分别增长44.2%、32.7%`, `由12.3亿元增加到18.7亿元`, `96户、183人`. The rules (rules/index.ts, in order) read
 * the statement's clause and fill in one draft figure per value.
 */

/** Where a figure's period comes from when its own clause says so. */
export interface PeriodHint {
  /** A year written inside the clause (`由2010年的162.4亿元…`). */
  year?: number
  /** The start (`由X`) or end (`到Y`) of a change from one level to another. */
  role?: 'from' | 'to'
  /** The base year of a comparison (`比2010年增加`, `较2020年提高`): the figure covers the years after it. */
  base?: number
  /**
   * The base is of a multiple of its level (`是2016年的2.6倍`, `为2015年的1.38倍`): a ratio of the level reached, of the
   * time the level is (a year written before it dates it), not a change over the years after the base.
   */
  multiple?: boolean
  /** The base of a comparison counted back from the figure's year (`较3年前增长44%`): as many years. */
  yearsBack?: number
  /**
   * The base counted back is a streak (`连续四年增长超过20%`): in a part on several years, the last N of them; in the
   * review of one year, a fact of that year, as the label files date it.
   */
  streak?: boolean
  /** The start of a change written as last year's (`由上年的32位提升到21位`): the year before the figure's. */
  lastYear?: boolean
  /**
   * The start of a change of growth written as of a part of the year (`累计降幅从一季度7.9%收窄至…`): that part's growth,
   * of the year the part is of (the one reviewed), as the label files date it.
   */
  partOfYear?: boolean
  /**
   * The start of a change written as of a time that names no year (`从一季度5.9%降到5.1%`, `从年初的…`, `由低谷时的…`,
   * `由原来的181个工作日…`): not the year before the one reviewed, and no year is written.
   */
  undatedTime?: boolean
  /** The plan a level is at the end of (`较“十三五”末的9323.1亿元` → 2020). */
  planEnd?: number
  /** A yearly average (`年均增长5%`): it covers the span of its part of the report, not one year. */
  average?: boolean
  /** A state the sentence goes on to act on (`今年高校毕业生达874万人，要…`): a fact of its year, never a goal. */
  fact?: boolean
  /** Such a fact said to be reached already (`老年人口已达2.5亿，要…`): known from the year before the plan's. */
  reached?: boolean
  /** The clause says it has happened (`同比下降`, `已建成`): in a part on the years ahead, a fact before them. */
  past?: boolean
  /** What a plan set for its year (`超过原定的近2万亿元规模`): that year's goal, whatever part of the report. */
  planned?: boolean
}

export type LabelSource = 'subject' | 'list' | 'list-completed' | 'context' | 'context-far' | 'noun' | 'previous-list' | 'previous-levels'

export interface Draft {
  token: FigureToken
  label: string
  labelSource: LabelSource | null
  /** Quote span in the text. */
  quoteStart: number
  quoteEnd: number
  kind: MetricKind | null
  qualifier: Qualifier | null
  average: boolean
  value: number
  periodHint: PeriodHint | null
  reasons: Set<ConfidenceReason>
  /** Who did what the label measures, when the clause says (`省属企业完成产业类投资` → 省属企业). */
  owner?: string
  /** A gap's comparison as written (`高于全国`, `超出年度任务`): see Metric.gap. */
  gap?: string
  /** The rate word taken off a growth figure's label (`增速`), for a rank of it that follows. */
  rate?: string
  /** A rank labelled with the named list or assessment it is in (`…百强榜`), not with a measure: no label for a rank after it. */
  listOfRank?: boolean
  /** After `甲、乙分别居…第1`: the subjects still to pair with the ranks joined after this one (`、第2`), in order. */
  respectiveRest?: readonly string[]
  /** The name was carried over a subject that only said when (`十年增加…`), or read on from such a clause. */
  readOnInTime?: boolean
  /**
   * The deeds that name a thing that says nothing alone (`引进` of `引进项目100个`): shown before the label, but not
   * carried to the clauses after it, whose subject is still the bare thing (rules/deed-of-bare-thing.ts).
   */
  deed?: string
  /**
   * What the clauses after it read as the sentence's subject when it is not the label: the things counted without
   * what became of them (`项目` of `1300个项目开工建设`, rules/counted-works-event.ts), so `，总投资…` is the projects'.
   */
  carried?: string
  /**
   * A rule read the deed after the things counted into the label on purpose (`项目列入省重点工业项目`,
   * rules/deed-of-counted.ts): the predicate in it is no name misread, and confidence does not doubt it for that.
   */
  deedRead?: boolean
}

export interface Statement {
  tokens: FigureToken[]
  shape: 'single' | 'list' | 'from-to'
  /** Of a from-to statement: how many tokens are first levels (the rest are the levels reached: as many, or one for all). */
  levelsFrom?: number
  /** What follows the last token: the end of the clause, or a noun it stands before. */
  tail: 'end' | 'noun'
  noun: { start: number; end: number } | null
  /** Another figure token follows the noun in the same clause (`1万亿元特别国债资金24.5亿元`). */
  nounThenFigure: boolean
  /** The first figure token after the statement's own, if any. */
  following?: FigureToken
  /** Start of the clause before the first token (after the previous figure or delimiter). */
  clauseStart: number
  /** Start of the clause when `、` does not end it: the subjects of a list (`城镇、农村居民…分别…`). */
  listStart: number
  /** The words before the first token, read. */
  pre: Pre
  /** The same, read from listStart. */
  listPre: Pre
  /** The previous statement ended right before this one with `、` (a series of parallel items). */
  afterListComma: boolean
  drafts: Draft[]
  /** A measure named before a list item (`、总长度57.9公里`), by token index. */
  itemMeasures: Map<number, string>
  dropped: boolean
  /** Dropped, but the clause before it still governs the next figure (`8个方面90项政策措施`). */
  transparent?: boolean
  /** Not shown, but what it names is the sentence's subject (`31条公路`). */
  silent?: boolean
  /** The size of the works named after it (`73万台服务器项目`, rules/capacity-in-name.ts): silent for good. */
  sizeInName?: boolean
  /**
   * Set by number-before-noun when it named the figure after its noun: the noun, and the words before the number
   * (with the verb that takes it). The rules after it read the construction around the noun.
   */
  counted?: { noun: string; raw: string }
}

/** What the rules know of the sentence so far (a sentence ends at 。！？； or a line break). */
export interface SentenceState {
  start: number
  /** The subject the sentence is about: the last explicit, non-generic label. */
  subject: string | null
  /** The drafts of the previous statement in the sentence. */
  previous: Draft[]
  previousStatement: Statement | null
  /** Every draft of the sentence so far, in order. */
  figures: Draft[]
  /** Where the last statement dropped as an attribute ends (its noun included), or -1. */
  droppedEnd: number
  /** Where that attribute ends when it was a bound before a noun (`亿元以上项目`: a class, part of the name), or -1. */
  droppedBound: number
  /**
   * That attribute was bounded (`超百亿元的项目`: a class of things, part of the name), not one thing's own figure
   * (`投资3.23亿元的拆炉并网工程`).
   */
  droppedClass: boolean
  /**
   * The indicator whose level the sentence before states last, when this one opens after its `；`
   * (`地区生产总值完成…；增长8.1%`): a growth with no subject of its own right at the start is of it, flagged
   * (rules/carry-subject.ts).
   */
  subjectBeforeSemicolon?: string | null
  /** Where the threshold of a share of things ends (`95%的村集体收入超过10万元`): that amount is no figure. */
  thresholdEnd?: number
}

export interface RuleContext {
  norm: string
  original: string
  sentence: SentenceState
  /** The place the report speaks for, when known (`深圳市`). */
  place?: string | null
}

/** A rule reads one statement in its context and fills in (or drops) its drafts. */
export interface Rule {
  name: string
  apply(st: Statement, ctx: RuleContext): void
}

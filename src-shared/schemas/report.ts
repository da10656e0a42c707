import { z } from 'zod'
import { EnvelopeSchema, IdSchema } from './common'

export const REPORT_SCHEMA = 'huibao.report'
/**
 * 2: figures carry ranges, written forms, bounds, spans, indicator ids and confidence; reports their year and place.
 * 3: a report may carry its comparison with the previous year's report (`comparison`): an older Huibao opens it
 *    read-only instead of dropping the corrections on its next save.
 */
export const REPORT_VERSION = 3

export const ParagraphSchema = z.object({
  id: z.string(),
  /** An opening topic sentence such as “大力打造工业强市。” */
  lead: z.string().optional(),
  text: z.string(),
  /** Offsets into Report.text (UTF-16 code units), end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type Paragraph = z.infer<typeof ParagraphSchema>

export interface Section {
  id: string
  /** The number as written: “一、”, “（一）”, “1.”, “（1）”. */
  number: string
  /** The title without its number. */
  title: string
  level: number
  start: number
  end: number
  paragraphs: Paragraph[]
  children: Section[]
}
export const SectionSchema: z.ZodType<Section, Section> = z.lazy(() =>
  z.object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    level: z.number().int().min(1).max(4),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    paragraphs: z.array(ParagraphSchema),
    children: z.array(SectionSchema),
  }),
)

export const METRIC_KINDS = ['growth', 'amount', 'share', 'count', 'rank', 'change'] as const
export const MetricKindSchema = z.enum(METRIC_KINDS)
export type MetricKind = z.infer<typeof MetricKindSchema>

/**
 * What bounds a figure, as the report writes it. The last six are bounds of a target: 以内/以下/不超过/控制在
 * cap it, 不少于/不低于 floor it (控制在 only when nothing else bounds it: 控制在4%以内 is 以内).
 */
export const QUALIFIERS = [
  '以上', '超', '超过', '突破', '近', '约', '左右', '多', '年均',
  '以内', '以下', '不少于', '不低于', '不超过', '控制在',
] as const
export const QualifierSchema = z.enum(QUALIFIERS).nullable()
export type Qualifier = (typeof QUALIFIERS)[number]

/**
 * Why the parser is less than sure of a figure. Any reason makes the figure `待核对` (confidence low): it is
 * shown for checking and never put on a drafted slide until a person confirms it (edits or pins it).
 */
export const CONFIDENCE_REASONS = [
  /**
   * The label was paired from a 、-list with 分别 and had to be completed: a shared head distributed
   * (`先进制造业、高技术制造业增加值…` → 先进制造业增加值…), or the subjects taken from an earlier list.
   */
  'label-from-list',
  /** The clause has no subject; the label was carried over from further back than the clause before. */
  'label-from-context',
  /** The label is short or generic (投资, 资金, 产量) and may be a fragment. */
  'label-vague',
  /**
   * No year is written near the figure and no heading above it names one: its period was carried from the
   * previous part of the report, or is unknown.
   */
  'period-inferred',
  /** The kind (growth, share, …) was guessed from weak cues. */
  'kind-guessed',
  /** The number was written in Chinese numerals or as a fraction and converted, or is a rank counted from the bottom (倒数第2位). */
  'value-converted',
] as const
export const ConfidenceReasonSchema = z.enum(CONFIDENCE_REASONS)
export type ConfidenceReason = z.infer<typeof ConfidenceReasonSchema>
export const ConfidenceSchema = z.object({
  level: z.enum(['high', 'low']),
  reasons: z.array(ConfidenceReasonSchema),
})
export type Confidence = z.infer<typeof ConfidenceSchema>

export const MetricSchema = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: MetricKindSchema,
  qualifier: QualifierSchema,
  /** The upper end of a range (`增长4.5%—5%`: value 4.5, high 5); null for a single value. */
  high: z.number().nullable().default(null),
  /** The figure as written when that is not a plain number and unit (`4.5%—5%`, `翻一番`, `五成`); null otherwise. */
  written: z.string().nullable().default(null),
  /** `年均` when it is not the qualifier (`年均增长5%以上`: qualifier 以上, average true). */
  average: z.boolean().optional(),
  /**
   * A figure that is a gap to something else, not a change over time: the comparison as the report writes it, verb
   * included (`高于全国`, `比全省平均水平高`, `优于国家考核目标`, `超出年度任务`). The value keeps its sign (below is
   * negative); the words say what the points are counted from, which `提高0.2个百分点` would not.
   */
  gap: z.string().optional(),
  /**
   * The period described: `2023` (a year), `2024 target` (a goal for that year), `2021-2025` (a span, e.g. the
   * 十四五 achievements) or `2026-2030 target` (a five-year goal); null when unknown. See report/period-format.ts.
   */
  period: z.string().nullable(),
  /** The standard indicator this figure measures (report/indicators.ts), or null. */
  indicator: z.string().nullable().default(null),
  /** How sure the parser is; a person's edit or pin makes it sure. */
  confidence: ConfidenceSchema.default({ level: 'high', reasons: [] }),
  /** The clause it came from, verbatim from Report.text. */
  quote: z.string(),
  sectionId: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Set when a person added or edited the metric, so a re-analysis keeps it. */
  edited: z.boolean().optional(),
  pinned: z.boolean().optional(),
})
export type Metric = z.infer<typeof MetricSchema>

export const TEXT_FORMATS = ['txt', 'md', 'docx', 'doc', 'pdf', 'html', 'mhtml', 'paste'] as const
export const ReportSourceSchema = z.object({
  fileName: z.string(),
  format: z.enum(TEXT_FORMATS),
  /** The encoding found, e.g. “UTF-8”, “UTF-16LE”, “GB18030”. */
  encoding: z.string(),
  sha256: z.string(),
  importedAt: z.string(),
})
export type ReportSource = z.infer<typeof ReportSourceSchema>

/**
 * How far a result meets its target (目标完成情况). The rule that decides it is written in compare/status.ts and
 * shown beside every pair.
 */
export const COMPLETION_STATUSES = ['超额完成', '完成', '未完成', '未报告'] as const
export const CompletionStatusSchema = z.enum(COMPLETION_STATUSES)
export type CompletionStatus = z.infer<typeof CompletionStatusSchema>

/** A person's correction of one pair of the comparison, keyed by the target (a metric of the previous report). */
export const ComparisonOverrideSchema = z.object({
  targetId: z.string(),
  /** The result picked by hand: a metric of this report, or null for none (未报告). Absent: as matched. */
  resultId: z.string().nullable().optional(),
  /** The status set by hand. Absent: as the rule decides. */
  status: CompletionStatusSchema.optional(),
  /** Left out of the comparison (true), or taken in although it looked like no target (false). Absent: as found. */
  dropped: z.boolean().optional(),
  /** A person checked the pair, its 待核对 figures included: it may go on a drafted slide. */
  confirmed: z.boolean().optional(),
})
export type ComparisonOverride = z.infer<typeof ComparisonOverrideSchema>

/**
 * The comparison of this report's review with the previous year's report's targets: which report that is,
 * and the corrections a person made. Kept on the newer report, saved with it.
 */
export const ComparisonSchema = z.object({
  previousReportId: IdSchema,
  overrides: z.array(ComparisonOverrideSchema).default([]),
})
export type Comparison = z.infer<typeof ComparisonSchema>

/** The analysed content of a report, as the importer and `cli import --json` produce it. */
export const ReportContentSchema = z.object({
  id: IdSchema,
  title: z.string(),
  /** The report's own year (the plan year; its review is of year − 1), from the title, speaker line or headings. */
  year: z.number().int().nullable().default(null),
  /** The place it governs (`海拉尔区`, `甘肃省`, `全国`), from the title or speaker line; null when unknown. */
  place: z.string().nullable().default(null),
  source: ReportSourceSchema,
  /** The text as imported (original characters), to which every offset points. */
  text: z.string(),
  sections: z.array(SectionSchema),
  /** Annexes after the report's closing (附件, 名词解释, 注释): sections outside its body. Absent before the parser found them. */
  annexes: z.array(SectionSchema).optional(),
  metrics: z.array(MetricSchema),
  /** Its comparison with the previous year's report (目标完成情况), once a person opened it. */
  comparison: ComparisonSchema.optional(),
})
export type ReportContent = z.infer<typeof ReportContentSchema>

export const ReportDocSchema = EnvelopeSchema.extend({
  schema: z.literal(REPORT_SCHEMA),
  version: z.literal(REPORT_VERSION),
}).extend(ReportContentSchema.shape)
export type ReportDoc = z.infer<typeof ReportDocSchema>

import { z } from 'zod'
import { EnvelopeSchema, IdSchema } from './common'

export const REPORT_SCHEMA = 'huibao.report'
export const REPORT_VERSION = 1

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

export const QUALIFIERS = ['以上', '超', '超过', '突破', '近', '约', '左右', '多', '年均'] as const
export const QualifierSchema = z.enum(QUALIFIERS).nullable()

export const MetricSchema = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: MetricKindSchema,
  qualifier: QualifierSchema,
  /** The year described, e.g. “2023”, or “2024 target” for a goal; null when unknown. */
  period: z.string().nullable(),
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

export const TEXT_FORMATS = ['txt', 'md', 'docx', 'paste'] as const
export const ReportSourceSchema = z.object({
  fileName: z.string(),
  format: z.enum(TEXT_FORMATS),
  /** The encoding found, e.g. “UTF-8”, “UTF-16LE”, “GB18030”. */
  encoding: z.string(),
  sha256: z.string(),
  importedAt: z.string(),
})
export type ReportSource = z.infer<typeof ReportSourceSchema>

/** The analysed content of a report, as the importer and `cli import --json` produce it. */
export const ReportContentSchema = z.object({
  id: IdSchema,
  title: z.string(),
  source: ReportSourceSchema,
  /** The text as imported (original characters), to which every offset points. */
  text: z.string(),
  sections: z.array(SectionSchema),
  metrics: z.array(MetricSchema),
})
export type ReportContent = z.infer<typeof ReportContentSchema>

export const ReportDocSchema = EnvelopeSchema.extend({
  schema: z.literal(REPORT_SCHEMA),
  version: z.literal(REPORT_VERSION),
}).extend(ReportContentSchema.shape)
export type ReportDoc = z.infer<typeof ReportDocSchema>

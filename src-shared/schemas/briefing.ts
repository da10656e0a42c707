import { z } from 'zod'
import { EnvelopeSchema, IdSchema } from './common'

export const BRIEFING_SCHEMA = 'huibao.briefing'
export const BRIEFING_VERSION = 1

/** Slides are drawn at this logical size and scaled to any window. */
export const SLIDE_WIDTH = 1920
export const SLIDE_HEIGHT = 1080

export const SlideSourceSchema = z.object({
  reportId: IdSchema,
  sectionId: z.string().optional(),
  metricIds: z.array(z.string()).optional(),
})
export type SlideSource = z.infer<typeof SlideSourceSchema>

const slideBase = {
  id: z.string().min(1),
  title: z.string(),
  notes: z.string().default(''),
  hidden: z.boolean().default(false),
  sources: z.array(SlideSourceSchema).default([]),
}

export const CHART_TYPES = ['bar', 'line', 'pie', 'gauge', 'radar', 'target'] as const
export const ChartTypeSchema = z.enum(CHART_TYPES)
export type ChartType = z.infer<typeof ChartTypeSchema>

/** One value on a slide, copied from a metric so the slide still shows it if the report changes. */
export const SlideFigureSchema = z.object({
  metricId: z.string().optional(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string().nullable().default(null),
  period: z.string().nullable().default(null),
  /** An optional comparison, e.g. the year's target. */
  target: z
    .object({ value: z.number(), unit: z.string(), qualifier: z.string().nullable().default(null), period: z.string().nullable().default(null) })
    .nullable()
    .default(null),
})
export type SlideFigure = z.infer<typeof SlideFigureSchema>

export const ChartSpecSchema = z.object({
  type: ChartTypeSchema,
  title: z.string().default(''),
  figures: z.array(SlideFigureSchema),
})
export type ChartSpec = z.infer<typeof ChartSpecSchema>

export const CoverSlideSchema = z.object({ ...slideBase, layout: z.literal('cover'), subtitle: z.string().default(''), organization: z.string().default(''), date: z.string().default('') })
export const AgendaSlideSchema = z.object({ ...slideBase, layout: z.literal('agenda'), items: z.array(z.string()) })
export const SectionSlideSchema = z.object({ ...slideBase, layout: z.literal('section'), bullets: z.array(z.string()) })
export const KpiSlideSchema = z.object({ ...slideBase, layout: z.literal('kpi'), figures: z.array(SlideFigureSchema).max(6) })
export const ChartSlideSchema = z.object({ ...slideBase, layout: z.literal('chart'), chart: ChartSpecSchema, caption: z.string().default('') })
export const TableSlideSchema = z.object({
  ...slideBase,
  layout: z.literal('table'),
  columns: z.array(z.string()),
  rows: z.array(z.object({ label: z.string(), cells: z.array(z.string()), metricIds: z.array(z.string()).default([]) })),
})
export const QuoteSlideSchema = z.object({ ...slideBase, layout: z.literal('quote'), quote: z.string(), attribution: z.string().default('') })
export const ClosingSlideSchema = z.object({ ...slideBase, layout: z.literal('closing'), message: z.string().default('') })

export const SlideSchema = z.discriminatedUnion('layout', [
  CoverSlideSchema,
  AgendaSlideSchema,
  SectionSlideSchema,
  KpiSlideSchema,
  ChartSlideSchema,
  TableSlideSchema,
  QuoteSlideSchema,
  ClosingSlideSchema,
])
export type Slide = z.infer<typeof SlideSchema>
export type SlideLayout = Slide['layout']
export const SLIDE_LAYOUTS = ['cover', 'agenda', 'section', 'kpi', 'chart', 'table', 'quote', 'closing'] as const satisfies readonly SlideLayout[]

export const BriefingContentSchema = z.object({
  id: IdSchema,
  title: z.string(),
  subtitle: z.string().default(''),
  meeting: z.string().default(''),
  date: z.string().default(''),
  organization: z.string().default(''),
  /** A marking such as “内部资料 注意保存”, shown top right on slides and handouts. */
  classification: z.string().default(''),
  theme: z.string().default('official'),
  reportIds: z.array(IdSchema).default([]),
  slides: z.array(SlideSchema),
})
export type BriefingContent = z.infer<typeof BriefingContentSchema>

export const BriefingDocSchema = EnvelopeSchema.extend({
  schema: z.literal(BRIEFING_SCHEMA),
  version: z.literal(BRIEFING_VERSION),
}).extend(BriefingContentSchema.shape)
export type BriefingDoc = z.infer<typeof BriefingDocSchema>

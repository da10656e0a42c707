/**
 * The parts slides are made of, shared by the layout schemas (src-shared/slides/layouts/*) and the
 * briefing schema: the fields every slide has, figures, chart specs and picture references.
 */
import { z } from 'zod'
import { IdSchema } from './common'
import { MetricKindSchema } from './report'

export const SlideSourceSchema = z.object({
  reportId: IdSchema,
  sectionId: z.string().optional(),
  metricIds: z.array(z.string()).optional(),
})
export type SlideSource = z.infer<typeof SlideSourceSchema>

/** Fields every slide has, whatever its layout. */
export const slideBase = {
  id: z.string().min(1),
  title: z.string(),
  notes: z.string().default(''),
  hidden: z.boolean().default(false),
  sources: z.array(SlideSourceSchema).default([]),
}
export interface SlideBase {
  id: string
  title: string
  notes: string
  hidden: boolean
  sources: SlideSource[]
}

export const CHART_TYPES = ['bar', 'line', 'pie', 'gauge', 'radar', 'target'] as const
export const ChartTypeSchema = z.enum(CHART_TYPES)
export type ChartType = z.infer<typeof ChartTypeSchema>

/**
 * How a figure reads, besides its number and unit: its kind (which verb: 增长, 达到, 占比…), the upper end of a
 * range, whether it is a yearly average and what a gap is to, copied from the metric. Absent on figures typed by hand, which then
 * read as number and unit alone.
 */
const figureReading = {
  kind: MetricKindSchema.optional(),
  /** The upper end of a range (`增长4.5%—5%`: value 4.5, high 5). */
  high: z.number().nullable().optional(),
  /** `年均` when it is not the qualifier (`年均增长5%以上`). */
  average: z.boolean().optional(),
  /** A gap's comparison as written (`高于全国`): the figure reads `高于全国0.2个百分点`, not as a change. */
  gap: z.string().optional(),
}

/** One value on a slide, copied from a metric so the slide still shows it if the report changes. */
export const SlideFigureSchema = z.object({
  metricId: z.string().optional(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string().nullable().default(null),
  period: z.string().nullable().default(null),
  ...figureReading,
  /**
   * An optional comparison, e.g. the year's target, with the metric it was copied from (its source, so `来源`
   * reaches the sentence that states it).
   */
  target: z
    .object({
      metricId: z.string().optional(),
      value: z.number(),
      unit: z.string(),
      qualifier: z.string().nullable().default(null),
      period: z.string().nullable().default(null),
      ...figureReading,
    })
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

/** A picture in the workspace's assets/ folder, named by the SHA-256 of its bytes. */
export const ASSET_NAME_PATTERN = /^[0-9a-f]{64}\.(png|jpg)$/
export const AssetNameSchema = z.string().regex(ASSET_NAME_PATTERN, '图片文件名无效')

/** A picture placed on a slide or as the logo: its stored file and its size in pixels. */
export const ImageRefSchema = z.object({
  asset: AssetNameSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
export type ImageRef = z.infer<typeof ImageRefSchema>

/** How a picture fills its frame: entirely (cropped) or whole (with margins). */
export const IMAGE_FITS = ['cover', 'contain'] as const
export const ImageFitSchema = z.enum(IMAGE_FITS)
export type ImageFit = z.infer<typeof ImageFitSchema>

/** A picture slot on a slide: the picture (or none yet), how it fits, and its caption. */
export const PictureSchema = z.object({
  image: ImageRefSchema.nullable().default(null),
  fit: ImageFitSchema.default('cover'),
  caption: z.string().default(''),
})
export type Picture = z.infer<typeof PictureSchema>

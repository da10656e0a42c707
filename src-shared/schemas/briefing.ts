import { z } from 'zod'
import { EnvelopeSchema, IdSchema } from './common'
import { ImageRefSchema } from './slide-parts'
import { ASPECTS } from '../slides/page'
import { THEME_IDS } from '../slides/themes/types'
import { AgendaSlideSchema } from '../slides/layouts/agenda'
import { ChartSlideSchema } from '../slides/layouts/chart'
import { ClosingSlideSchema } from '../slides/layouts/closing'
import { CoverSlideSchema } from '../slides/layouts/cover'
import { KpiSlideSchema } from '../slides/layouts/kpi'
import { PictureSlideSchema } from '../slides/layouts/picture'
import { PicturePairSlideSchema } from '../slides/layouts/picture-pair'
import { QuoteSlideSchema } from '../slides/layouts/quote'
import { SectionSlideSchema } from '../slides/layouts/section'
import { TableSlideSchema } from '../slides/layouts/table'
import { TargetsSlideSchema } from '../slides/layouts/targets'

export {
  CHART_TYPES,
  ChartSpecSchema,
  ChartTypeSchema,
  ImageRefSchema,
  PictureSchema,
  SlideFigureSchema,
  SlideSourceSchema,
  type ChartSpec,
  type ChartType,
  type ImageRef,
  type Picture,
  type SlideFigure,
  type SlideSource,
} from './slide-parts'

export const BRIEFING_SCHEMA = 'huibao.briefing'
/**
 * 2: theme (red | blue | plain), aspect, chrome (page numbers, footer, logo), picture layouts.
 * 3: the 目标完成情况 layout (`targets`): an older Huibao names the file as newer instead of failing to read it.
 */
export const BRIEFING_VERSION = 3

/** Each layout's schema lives in its module (src-shared/slides/layouts/); adding a layout adds a line here. */
export const SlideSchema = z.discriminatedUnion('layout', [
  CoverSlideSchema,
  AgendaSlideSchema,
  SectionSlideSchema,
  KpiSlideSchema,
  ChartSlideSchema,
  TableSlideSchema,
  TargetsSlideSchema,
  PictureSlideSchema,
  PicturePairSlideSchema,
  QuoteSlideSchema,
  ClosingSlideSchema,
])
export type Slide = z.infer<typeof SlideSchema>
export type SlideLayout = Slide['layout']
/** Slides of one layout. */
export type SlideOf<L extends SlideLayout> = Extract<Slide, { layout: L }>
/** Layouts in the order the “add slide” menu lists them. */
export const SLIDE_LAYOUTS = ['cover', 'agenda', 'section', 'kpi', 'chart', 'table', 'targets', 'picture', 'picture-pair', 'quote', 'closing'] as const satisfies readonly SlideLayout[]
// Every layout is listed: a missing one makes this line fail to compile.
const allListed: Exclude<SlideLayout, (typeof SLIDE_LAYOUTS)[number]> extends never ? true : never = true
void allListed

export const ThemeIdSchema = z.enum(THEME_IDS)
export const AspectSchema = z.enum(ASPECTS)

/** What every slide carries besides its content: page numbers, a footer line, the unit's logo. */
export const ChromeSchema = z.object({
  pageNumbers: z.boolean().default(true),
  footer: z.boolean().default(true),
  /** The footer's text, e.g. “玉林市人民政府 2024年2月”; empty: the briefing's organisation. */
  footerText: z.string().default(''),
  /** Shown on the cover and in the footer. */
  logo: ImageRefSchema.nullable().default(null),
})
export type Chrome = z.infer<typeof ChromeSchema>
export const DEFAULT_CHROME: Chrome = { pageNumbers: true, footer: true, footerText: '', logo: null }

export const BriefingContentSchema = z.object({
  id: IdSchema,
  title: z.string(),
  subtitle: z.string().default(''),
  meeting: z.string().default(''),
  date: z.string().default(''),
  organization: z.string().default(''),
  /** A marking such as “内部资料 注意保存”, shown top right on slides and handouts. */
  classification: z.string().default(''),
  theme: ThemeIdSchema.default('red'),
  aspect: AspectSchema.default('16:9'),
  chrome: ChromeSchema.default(DEFAULT_CHROME),
  reportIds: z.array(IdSchema).default([]),
  slides: z.array(SlideSchema),
})
export type BriefingContent = z.infer<typeof BriefingContentSchema>

export const BriefingDocSchema = EnvelopeSchema.extend({
  schema: z.literal(BRIEFING_SCHEMA),
  version: z.literal(BRIEFING_VERSION),
}).extend(BriefingContentSchema.shape)
export type BriefingDoc = z.infer<typeof BriefingDocSchema>

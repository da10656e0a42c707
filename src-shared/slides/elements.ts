/**
 * What a layout's `boxes()` places on a slide: shapes, text blocks with their fitted lines, charts and
 * images, in drawing order, in logical pixels on the slide canvas, with resolved colours. The Vue
 * renderer, the PDF export and the PPTX export draw these and nothing else, so geometry lives in one place.
 */
import type { ChartSpec, ImageRef } from '../schemas/slide-parts'
import type { ChartColors } from './themes'
import type { Box } from './page'

/** What a text is, for the overflow warning (“标题过长”) and the interface text. */
export const TEXT_ROLES = [
  'title',
  'subtitle',
  'organization',
  'date',
  'message',
  'quote',
  'attribution',
  'agendaItem',
  'bullet',
  'kpiValue',
  'kpiLabel',
  'kpiSub',
  'caption',
  'tableCell',
  'footer',
  'marking',
  'pageNumber',
  'number',
  'mark',
  'placeholder',
] as const
export type TextRole = (typeof TEXT_ROLES)[number]

/** What each text is called, in Chinese: the PDF's warnings and the editor's (zh-CN) labels and warning. */
export const TEXT_ROLE_NAMES: { readonly [R in TextRole]: string } = {
  title: '标题',
  subtitle: '副标题',
  organization: '汇报单位',
  date: '日期',
  message: '结束语',
  quote: '引文',
  attribution: '出处',
  agendaItem: '目录条目',
  bullet: '要点',
  kpiValue: '指标数值',
  kpiLabel: '指标名称',
  kpiSub: '时期与目标',
  caption: '图注',
  tableCell: '表格内容',
  footer: '页脚',
  marking: '密级标注',
  pageNumber: '页码',
  number: '编号',
  mark: '引号',
  placeholder: '占位文字',
}

/** Where an inline edit on the canvas writes: a path into the slide, e.g. ['bullets', 2] or ['figures', 0, 'value']. */
export interface EditTarget {
  path: readonly (string | number)[]
  /** A number field takes digits only; anything else is ignored. */
  parse: 'text' | 'number'
  multiline: boolean
  /** i18n key of the placeholder shown in the editor when the text is empty. */
  placeholder: string
}

export interface ShapeElement {
  kind: 'shape'
  id: string
  box: Box
  shape: 'rect' | 'diamond'
  fill: string | null
  stroke: { color: string; width: number } | null
}

export interface TextElement {
  kind: 'text'
  id: string
  /** The block: lines stack from its top (already placed for vertical alignment). */
  box: Box
  lines: string[]
  size: number
  /** Line height in px; each line's glyphs are centred in it, as CSS does. */
  lineHeight: number
  color: string
  bold: boolean
  align: 'left' | 'center' | 'right'
  font: 'heading' | 'body'
  /** The fitting rule cut this text (“…”): the editor warns, the PDF export reports it. */
  overflow: boolean
  role: TextRole
  edit: EditTarget | null
}

/** One line of runs in different sizes on a shared baseline (a KPI value: “超” “50” “%”). */
export interface RunsElement {
  kind: 'runs'
  id: string
  box: Box
  /** Baseline, from the box's top. */
  baseline: number
  align: 'left' | 'center' | 'right'
  runs: { text: string; size: number; color: string; bold: boolean; edit: EditTarget | null }[]
  font: 'heading' | 'body'
  overflow: boolean
  role: TextRole
}

export interface ChartElement {
  kind: 'chart'
  id: string
  box: Box
  spec: ChartSpec
  colors: ChartColors
  font: string
}

export interface ImageElement {
  kind: 'image'
  id: string
  /** The frame; the picture is clipped to it. */
  box: Box
  /** null: no picture yet. */
  image: ImageRef | null
  /** Where the whole picture goes (inside the frame for 'contain', around it for 'cover'). */
  draw: Box | null
  /** Drawn when there is no picture (`empty`) or its file is missing (`missing`); slide text, so Chinese. */
  placeholder: { fill: string; stroke: string; color: string; size: number; empty: string; missing: string }
  /** Where a picture picked in the editor goes. */
  edit: EditTarget | null
}

export type SlideElement = ShapeElement | TextElement | RunsElement | ChartElement | ImageElement
export type ElementKind = SlideElement['kind']
export type ElementOf<K extends ElementKind> = Extract<SlideElement, { kind: K }>

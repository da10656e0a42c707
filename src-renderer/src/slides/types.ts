import type { SlidePatch } from '@shared/briefing/ops'

/** Where a slide is drawn. Only the editor edits; thumbnails draw cheaply; show and presenter animate. */
export const SLIDE_CONTEXTS = ['editor', 'thumb', 'show', 'presenter'] as const
export type SlideContext = (typeof SLIDE_CONTEXTS)[number]

/** What a slide shows besides its own content: its number and the deck's marking. All optional. */
export interface SlideMeta {
  /** 1-based page number shown in the footer. */
  page?: number
  total?: number
  /** The briefing's classification, e.g. “内部资料 注意保存”, shown top right. */
  classification?: string
  /** The briefing's organisation, shown bottom left on content slides. */
  organization?: string
}

/** Props every layout component takes. */
export interface LayoutProps<S> {
  slide: S
  context: SlideContext
  meta?: SlideMeta
}

/** Events every layout component may emit: a patch of its own slide (only in the editor context). */
export type LayoutEmits = { patch: [patch: SlidePatch] }

export function isEditable(context: SlideContext): boolean {
  return context === 'editor'
}

import type { DeckStyle } from '@shared/slides/deck'
import type { EditTarget } from '@shared/slides/elements'

/** Where a slide is drawn. Only the editor edits; thumbnails draw cheaply; show and presenter animate. */
export const SLIDE_CONTEXTS = ['editor', 'thumb', 'show', 'presenter'] as const
export type SlideContext = (typeof SLIDE_CONTEXTS)[number]

/**
 * What frames a slide besides its own content: its number, and the deck's look (theme, page shape,
 * chrome, marking, unit). All optional: without a deck, the default theme at 16:9.
 */
export interface SlideMeta {
  /** 1-based page number shown in the footer. */
  page?: number
  total?: number
  /** The briefing (or any object with its theme, aspect, chrome, organisation and marking). */
  deck?: DeckStyle
}

/** An inline edit of a text on the canvas: where it writes and what was typed. */
export interface ElementEdit {
  target: EditTarget
  text: string
}

export function isEditable(context: SlideContext): boolean {
  return context === 'editor'
}

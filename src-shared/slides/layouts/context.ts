/**
 * What a layout needs besides its slide to place elements: the theme, the page, and the deck's frame
 * (page number, footer, logo, marking, body size). `deckFrame` builds it from a briefing, the same way
 * for the editor, the show and the PDF.
 */
import type { ImageRef } from '../../schemas/slide-parts'
import type { PageSize } from '../page'
import type { Theme } from '../themes'

export interface DeckFrame {
  /** 1-based position in the deck and the deck's size. */
  page: number
  total: number
  /** A marking such as “内部资料 注意保存”, top right; '' for none. */
  classification: string
  /** The footer text (unit name, date); null when the footer is off. */
  footer: string | null
  pageNumbers: boolean
  logo: ImageRef | null
  /** The briefing's organisation, shown on the closing slide. */
  organization: string
  /** The deck's one body size. */
  bodySize: number
  /** Figures (by index) whose metric is gone from the report, and whether a slide lost all its data. */
  references: { missingFigures: ReadonlySet<number>; missingData: boolean } | null
}

export interface LayoutContext {
  theme: Theme
  page: PageSize
  deck: DeckFrame
}

/**
 * A slide's elements as its deck sets them: the theme, the page and the frame (page number, footer,
 * logo, marking, body size) come from the briefing. The editor, the show, thumbnails and the PDF all call
 * `slideElements`, so they draw the same boxes.
 */
import type { BriefingContent, Slide } from '../schemas/briefing'
import type { SlideElement, TextRole } from './elements'
import { LAYOUTS, type DeckFrame, type LayoutContext } from './layouts'
import { pageSizeOf } from './page'
import { themeOf } from './themes'
import { TYPE } from './type-scale'

/** What of a briefing frames its slides. */
export type DeckStyle = Pick<BriefingContent, 'theme' | 'aspect' | 'chrome' | 'organization' | 'classification'>

/** The deck's one body size. */
export function deckBodySize(): number {
  return TYPE.body
}

/** The frame of the slide at `index` of `total`. */
export function deckFrame(deck: DeckStyle, index: number, total: number, references: DeckFrame['references'] = null): DeckFrame {
  const footerText = deck.chrome.footerText.trim() || deck.organization
  return {
    page: index + 1,
    total,
    classification: deck.classification,
    footer: deck.chrome.footer ? footerText : null,
    pageNumbers: deck.chrome.pageNumbers,
    logo: deck.chrome.logo,
    organization: deck.organization,
    bodySize: deckBodySize(),
    references,
  }
}

export function styleContext(deck: DeckStyle, index: number, total: number, references: DeckFrame['references'] = null): LayoutContext {
  return { theme: themeOf(deck.theme), page: pageSizeOf(deck.aspect), deck: deckFrame(deck, index, total, references) }
}

/** The context of the slide at `index` of a briefing. */
export function layoutContext(briefing: DeckStyle & { slides: readonly unknown[] }, index: number, references: DeckFrame['references'] = null): LayoutContext {
  return styleContext(briefing, index, briefing.slides.length, references)
}

export function slideElements(slide: Slide, ctx: LayoutContext): SlideElement[] {
  // The registry is typed per layout; TypeScript cannot pair the slide with its module without a cast.
  const layout = LAYOUTS[slide.layout] as { boxes(s: Slide, c: LayoutContext): SlideElement[] }
  return layout.boxes(slide, ctx)
}

/** Roles of the texts the fitting rule had to cut on a slide (empty when everything fits). */
export function overflowingRoles(elements: readonly SlideElement[]): TextRole[] {
  const roles = new Set<TextRole>()
  for (const e of elements) if ((e.kind === 'text' || e.kind === 'runs') && e.overflow) roles.add(e.role)
  return [...roles]
}

/**
 * The deck's style, as the same object for as long as it does not change: editing a slide's text leaves
 * it alone, so thumbnails of the other slides are not drawn again (a 300-slide rail stays quick to type in).
 */
export function stableDeckStyle(previous: DeckStyle | undefined, deck: DeckStyle): DeckStyle {
  const same =
    previous !== undefined &&
    previous.theme === deck.theme &&
    previous.aspect === deck.aspect &&
    previous.chrome === deck.chrome &&
    previous.organization === deck.organization &&
    previous.classification === deck.classification
  if (same) return previous
  const { theme, aspect, chrome, organization, classification } = deck
  return { theme, aspect, chrome, organization, classification }
}

/**
 * The frame slides share. Content slides: the title (two lines, then smaller), the theme's rule, the body
 * area, the footer (logo, footer text, page number) and the marking top right. Full-bleed slides (cover,
 * closing, quote): the theme's surface with its bands.
 */
import type { SlideElement } from '../elements'
import type { Box, PageSize } from '../page'
import { textWidth } from '../text/measure'
import { TYPE } from '../type-scale'
import type { Surface } from '../themes'
import type { LayoutContext } from './context'
import { edit, fittedText, pictureFrame, rect, textBlock } from './elements-kit'

/** Horizontal margin of a page: 120 px on 16:9, 90 on 4:3. */
export function marginX(page: PageSize): number {
  return Math.round(page.width / 16)
}

export const FRAME = {
  titleTop: 48,
  titleHeight: 144,
  ruleTop: 204,
  bodyTop: 240,
  bodyBottom: 964,
  footerRule: 992,
  footerTop: 1002,
  markTop: 10,
} as const

/** The body area of a content slide. */
export function bodyBox(page: PageSize): Box {
  const m = marginX(page)
  return { x: m, y: FRAME.bodyTop, width: page.width - 2 * m, height: FRAME.bodyBottom - FRAME.bodyTop }
}

/** The marking (“内部资料 注意保存”) in a thin box at the top right. */
export function markingElements(ctx: LayoutContext, top: number, color: string): SlideElement[] {
  const text = ctx.deck.classification.trim()
  if (text === '') return []
  const size = TYPE.footer
  const width = textWidth(text, size) + 28
  const height = Math.round(size * 1.45)
  const box = { x: ctx.page.width - marginX(ctx.page) - width, y: top, width, height }
  return [
    rect('marking-frame', box, null, { color, width: 2 }),
    textBlock('marking', box, { lines: [text], size, lineHeight: height, fits: true }, { color, align: 'center', role: 'marking' }),
  ]
}

/** Footer: hairline, logo, footer text at the left, page number at the right. */
function footerElements(ctx: LayoutContext): SlideElement[] {
  const { deck, theme, page } = ctx
  const m = marginX(page)
  const width = page.width - 2 * m
  const out: SlideElement[] = []
  if (deck.footer === null && !deck.pageNumbers) return out
  out.push(rect('footer-rule', { x: m, y: FRAME.footerRule, width, height: 2 }, theme.colors.line))
  let x = m
  const lineH = Math.round(TYPE.footer * 1.45)
  if (deck.logo && deck.footer !== null) {
    const h = 36
    const w = Math.min(200, (deck.logo.width / deck.logo.height) * h)
    out.push(pictureFrame('footer-logo', { x, y: FRAME.footerTop, width: w, height: h }, deck.logo, 'contain', theme, null, 16))
    x += w + 16
  }
  if (deck.footer !== null && deck.footer.trim() !== '') {
    out.push(fittedText('footer', deck.footer, { x, y: FRAME.footerTop, width: m + width * 0.7 - x, height: lineH }, { sizes: [TYPE.footer, 20], lineHeight: 1.45, maxLines: 1 }, { color: theme.colors.muted, role: 'footer' }))
  }
  if (deck.pageNumbers) {
    const text = `${deck.page} / ${deck.total}`
    out.push(textBlock('page-number', { x: m + width * 0.7, y: FRAME.footerTop, width: width * 0.3, height: lineH }, { lines: [text], size: TYPE.footer, lineHeight: lineH, fits: true }, { color: theme.colors.muted, align: 'right', role: 'pageNumber' }))
  }
  return out
}

/** The title, rule, marking and footer of a content slide, and its body area. */
export function contentFrame(title: string, ctx: LayoutContext): { elements: SlideElement[]; body: Box } {
  const { theme, page } = ctx
  const m = marginX(page)
  const width = page.width - 2 * m
  const elements: SlideElement[] = [rect('background', { x: 0, y: 0, width: page.width, height: page.height }, theme.colors.paper)]
  elements.push(...markingElements(ctx, FRAME.markTop, theme.colors.accent))
  elements.push(
    fittedText('title', title, { x: m, y: FRAME.titleTop, width, height: FRAME.titleHeight }, TYPE.title, {
      color: theme.colors.title,
      bold: true,
      font: 'heading',
      valign: 'middle',
      role: 'title',
      edit: edit(['title'], 'editor.slide.title'),
    }),
  )
  const rule = theme.titleRule
  const ruleY = FRAME.ruleTop - rule.thickness / 2
  elements.push(rect('title-rule', { x: m, y: ruleY, width, height: rule.thickness }, rule.color))
  if (rule.kind === 'bar-with-tick') elements.push(rect('title-rule-tick', { x: m, y: ruleY, width: 160, height: rule.thickness }, rule.tickColor))
  elements.push(...footerElements(ctx))
  return { elements, body: bodyBox(page) }
}

/** A full-bleed slide's background and bands. */
export function surfaceElements(surface: Surface, page: PageSize): SlideElement[] {
  const out: SlideElement[] = [rect('background', { x: 0, y: 0, width: page.width, height: page.height }, surface.background)]
  if (surface.top) out.push(rect('band-top', { x: 0, y: 0, width: page.width, height: surface.top.height }, surface.top.color))
  if (surface.bottom) {
    const b = surface.bottom
    out.push(rect('band-bottom-edge', { x: 0, y: page.height - b.height - 6, width: page.width, height: 6 }, b.edge))
    out.push(rect('band-bottom', { x: 0, y: page.height - b.height, width: page.width, height: b.height }, b.color))
  }
  return out
}

/** The short two-colour rule under a cover or closing title, centred at `y`. */
export function centreRule(surface: Surface, page: PageSize, y: number): SlideElement[] {
  const x = page.width / 2 - 120
  return [rect('rule-a', { x, y, width: 72, height: 6 }, surface.rule[0]), rect('rule-b', { x: x + 72, y, width: 168, height: 6 }, surface.rule[1])]
}

import { SCREEN_FONT_FACES } from 'virtual:screen-fonts'

/**
 * The bundled Noto Sans SC, the same face the PDF embeds and the slide layouts measure with, as WOFF2
 * subsets (src-main/build/screen-fonts.ts): every page loads the core (Latin, punctuation, GB 2312's
 * common hanzi); a slice of rarer characters loads only when a page shows one of them.
 */
export function fontFaceCss(faces: typeof SCREEN_FONT_FACES = SCREEN_FONT_FACES): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:"Noto Sans SC";font-style:normal;font-weight:${f.weight};font-display:swap;src:url("${f.url}") format("woff2");${f.unicodeRange ? `unicode-range:${f.unicodeRange};` : ''}}`,
    )
    .join('\n')
}

export function installFonts(): void {
  const style = document.createElement('style')
  style.textContent = fontFaceCss()
  document.head.append(style)
}

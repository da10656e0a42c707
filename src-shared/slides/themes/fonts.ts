import type { ThemeFont } from './types'

/** The bundled face: the screen loads it, the PDF embeds it; system CJK faces stand in while it loads. */
export const NOTO_SANS: ThemeFont = {
  css: '"Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif',
  pdf: 'Noto Sans SC',
}

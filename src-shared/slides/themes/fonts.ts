import type { ThemeFont } from './types'

/**
 * The bundled face: the screen loads it, the PDF embeds it; system CJK faces stand in while it loads. A
 * PowerPoint file names 微软雅黑 (Microsoft YaHei), which every Windows machine since Vista has: a deck
 * naming Noto Sans SC would open with a substituted face (often 宋体) and WPS's missing-font prompt.
 */
export const NOTO_SANS: ThemeFont = {
  css: '"Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif',
  pdf: 'Noto Sans SC',
  office: '微软雅黑',
}

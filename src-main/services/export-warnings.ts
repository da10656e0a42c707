/**
 * The sentences an export says about what it could not draw as the briefing has it, the same for the PDF
 * and the PPTX (`what` names the file: “PDF”, “PPT”).
 */
import type { Slide } from '../../src-shared/schemas/briefing'
import type { SlideReferenceCheck } from './pdf/references'

/** A slide whose metrics the report no longer has, or that refers to metrics and has no data; null when neither. */
export function referenceWarning(slideNo: number, slide: Slide, refs: SlideReferenceCheck, what: string): string | null {
  if (refs.missingIds.length > 0) return `第 ${slideNo} 张幻灯片“${slide.title}”引用的指标在报告中已不存在（${refs.missingIds.join('、')}），${what} 中已标出“来源指标缺失”。`
  if (refs.missingData) return `第 ${slideNo} 张幻灯片“${slide.title}”引用了指标，却没有可显示的数据，${what} 中以“指标数据缺失”占位。`
  return null
}

/** Texts the fitting rule cut, slide by slide. */
export function cutWarnings(cuts: ReadonlyMap<number, ReadonlySet<string>>, what: string): string[] {
  return [...cuts].map(([slideNo, names]) => `第 ${slideNo} 张幻灯片的${[...names].join('、')}过长，${what} 中已截断（以“…”标出）。`)
}

/** Pictures whose files are missing (“第 3 张（<asset>）”); none: no sentence. */
export function missingImagesWarning(missing: ReadonlySet<string>, what: string): string[] {
  return missing.size > 0 ? [`找不到 ${missing.size} 张图片的文件，${what} 中以“图片文件缺失”占位：${[...missing].join('、')}。`] : []
}

/**
 * Charts in the PDF: the screen's ECharts option (`buildChartOption`, the one function), rendered by
 * ECharts' server-side SVG renderer at the chart slot's logical size and embedded as vector SVG.
 */
import * as echarts from 'echarts'
import type { ChartSpec } from '../../../src-shared/schemas/briefing'
import { buildChartOption } from '../../../src-shared/charts/chart-option'
import type { ChartColors } from '../../../src-shared/slides/themes'

/**
 * ECharts draws a text halo as a second, stroked copy with `paint-order="stroke"`; svg-to-pdfkit ignores
 * paint-order and strokes over the fill, so a white halo hides the label. Drop the stroke from such text.
 */
export function fixSvgForPdf(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) => {
    if (!/paint-order="stroke"/.test(tag)) return tag
    return tag
      .replace(/\s(?:stroke|stroke-width|stroke-linejoin|paint-order)="[^"]*"/g, '')
      .replace(/<text\b/, '<text stroke="none"')
  })
}

/** The chart as an SVG string, `width`×`height` logical pixels (the slide's chart slot). */
export function renderChartSvg(spec: ChartSpec, width: number, height: number, colors?: ChartColors, fontFamily?: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(buildChartOption(spec, { width, height, forPrint: true, ...(colors ? { colors } : {}), ...(fontFamily ? { fontFamily } : {}) }))
    return fixSvgForPdf(chart.renderToSVGString())
  } finally {
    chart.dispose()
  }
}

/** Every text an SVG draws, for the font coverage check. */
export function svgTexts(svg: string): string[] {
  const out: string[] = []
  for (const m of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)) {
    const t = (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    if (t.trim() !== '') out.push(t)
  }
  return out
}

import { describe, expect, it } from 'vitest'
import * as echarts from 'echarts'
import { buildChartOption } from '../../../../src-shared/charts/chart-option'
import type { ChartSpec } from '../../../../src-shared/schemas/briefing'
import { CHART_TYPES } from '../../../../src-shared/schemas/briefing'
import { specFor } from './figures'

function renderSvg(spec: ChartSpec, forPrint = true): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 1600, height: 800 })
  try {
    chart.setOption(buildChartOption(spec, { width: 1600, height: 800, forPrint }))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** Every start tag has well-formed attributes (name="value" without stray quotes), as an XML parser needs. */
function malformedTags(svg: string): string[] {
  const tags = svg.match(/<[a-zA-Z][^>]*>/g) ?? []
  return tags.filter((t) => !/^<[a-zA-Z][\w:-]*(\s+[\w:-]+="[^"<]*")*\s*\/?>$/.test(t))
}

/** What each type must show as text in the SVG. */
const EXPECTED: Record<(typeof CHART_TYPES)[number], string[]> = {
  bar: ['3.3%', '921亿元', '-11.6%', '地区生产总值'],
  line: ['3.3%', '3.9%', '-11.6%'],
  pie: ['69%', '主导产业占规上工业比重'],
  gauge: ['3.3%', '5.5%以上'],
  radar: ['3.3%', '3.9%'],
  target: ['3.3%', '5.5%以上', '108家', '140家', '实际', '目标'],
}

describe('server-side SVG rendering (the PDF path)', () => {
  for (const type of CHART_TYPES) {
    it(`renders a ${type} chart with its value labels visible`, () => {
      const svg = renderSvg(specFor(type))
      expect(svg.startsWith('<svg')).toBe(true)
      for (const text of EXPECTED[type]) expect(svg, `${type}: ${text}`).toContain(text)
      expect(malformedTags(svg)).toEqual([])
      // Text strokes would paint over glyphs in some SVG renderers; none may be drawn.
      expect(svg).not.toMatch(/<text[^>]*stroke-width="[1-9]/)
    })
  }

  it('renders for the screen too (animation on) and an empty chart', () => {
    expect(renderSvg(specFor('bar'), false)).toContain('3.3%')
    expect(renderSvg({ type: 'pie', title: '', figures: [] })).toContain('暂无数据')
  })
})

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { config, mount } from '@vue/test-utils'
import { SLIDE_LAYOUTS, SlideSchema, type Slide } from '@shared/schemas/briefing'
import { createSlide } from '@shared/briefing/ops'
import SlideView from '../../../../src-renderer/src/slides/SlideView.vue'
import { SLIDE_LAYOUT_COMPONENTS } from '../../../../src-renderer/src/slides/registry'
import { SLIDE_CONTEXTS, type SlideContext } from '../../../../src-renderer/src/slides/types'
import { i18n } from '../../../../src-renderer/src/i18n'

config.global.plugins = [i18n]

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver

const figure = (label: string, value: number, unit: string, target?: number) => ({
  metricId: `m-${label}`,
  label,
  value,
  unit,
  qualifier: null,
  period: '2023',
  target: target === undefined ? null : { value: target, unit, qualifier: '以上', period: '2024 target' },
})

/** One slide of every layout, with text to look for. */
export const SAMPLE_SLIDES: Slide[] = [
  SlideSchema.parse({ id: 's1', layout: 'cover', title: '2024年政府工作报告', subtitle: '汇报提纲', organization: '榆林市人民政府', date: '2024年1月' }),
  SlideSchema.parse({ id: 's2', layout: 'agenda', title: '目录', items: ['2023年工作回顾', '2024年工作安排'] }),
  SlideSchema.parse({ id: 's3', layout: 'section', title: '大力打造工业强市', bullets: ['能源产业高端化', '新兴产业集群化'] }),
  SlideSchema.parse({ id: 's4', layout: 'kpi', title: '主要指标', figures: [figure('地区生产总值', 3.3, '%', 5.5), figure('城镇新增就业', 3.1, '万人')] }),
  SlideSchema.parse({ id: 's5', layout: 'chart', title: '增长速度', chart: { type: 'bar', title: '', figures: [figure('规上工业增加值', 3.5, '%')] }, caption: '数据来源：政府工作报告' }),
  SlideSchema.parse({ id: 's6', layout: 'table', title: '指标对比', columns: ['2023年', '2024年目标'], rows: [{ label: '地区生产总值', cells: ['3.3%', '5.5%以上'] }] }),
  SlideSchema.parse({ id: 's7', layout: 'quote', title: '', quote: '坚持稳中求进工作总基调', attribution: '政府工作报告' }),
  SlideSchema.parse({ id: 's8', layout: 'closing', title: '谢谢！', message: '请各位领导批评指正' }),
]
const EXPECTED: Record<string, string[]> = {
  cover: ['2024年政府工作报告', '汇报提纲', '榆林市人民政府', '2024年1月'],
  agenda: ['目录', '2023年工作回顾', '2024年工作安排', '01', '02'],
  section: ['大力打造工业强市', '能源产业高端化', '新兴产业集群化'],
  kpi: ['主要指标', '地区生产总值', '3.3', '城镇新增就业', '万人', '目标 5.5%以上', '2023年'],
  chart: ['增长速度', '数据来源：政府工作报告'],
  table: ['指标对比', '2024年目标', '地区生产总值', '5.5%以上'],
  quote: ['坚持稳中求进工作总基调', '政府工作报告'],
  closing: ['谢谢！', '请各位领导批评指正'],
}

describe('slide registry', () => {
  it('maps every layout to a component', () => {
    expect(Object.keys(SLIDE_LAYOUT_COMPONENTS).sort()).toEqual([...SLIDE_LAYOUTS].sort())
    for (const layout of SLIDE_LAYOUTS) expect(SLIDE_LAYOUT_COMPONENTS[layout]).toBeTruthy()
  })
  it('the samples cover every layout', () => {
    expect(SAMPLE_SLIDES.map((s) => s.layout).sort()).toEqual([...SLIDE_LAYOUTS].sort())
  })
})

describe('layouts', () => {
  for (const slide of SAMPLE_SLIDES) {
    // Charts draw a sketch in thumbnails and ECharts elsewhere; the text around them is the same.
    const contexts: SlideContext[] = slide.layout === 'chart' ? ['thumb'] : [...SLIDE_CONTEXTS]
    for (const context of contexts) {
      it(`${slide.layout} shows its texts in the ${context} context`, () => {
        const w = mount(SlideView, { props: { slide, context, width: 320 } })
        // Editable text is written into the DOM on mount; read it the way a user sees it.
        const text = w.element.textContent ?? ''
        for (const expected of EXPECTED[slide.layout]!) expect(text).toContain(expected)
        expect(w.find('[contenteditable]').exists()).toBe(context === 'editor')
        w.unmount()
      })
    }
  }

  it('every empty slide from createSlide renders', () => {
    for (const layout of SLIDE_LAYOUTS) {
      const w = mount(SlideView, { props: { slide: createSlide(layout), context: 'thumb', width: 200 } })
      expect(w.html()).toContain(`data-layout="${layout}"`)
      w.unmount()
    }
  })

  it('an inline edit emits a patch of the slide', async () => {
    const slide = SAMPLE_SLIDES[3]!
    const w = mount(SlideView, { props: { slide, context: 'editor' }, attachTo: document.body })
    const number = w.findAll('[contenteditable]').find((e) => e.text() === '3.3')!
    number.element.textContent = '4.2'
    await number.trigger('input')
    const patch = w.emitted('patch')?.[0]?.[0] as { figures: { value: number }[] }
    expect(patch.figures[0]!.value).toBe(4.2)
    expect(patch.figures[1]!.value).toBe(3.1)
    // Not a number: no patch.
    number.element.textContent = '四点二'
    await number.trigger('input')
    expect(w.emitted('patch')).toHaveLength(1)
    w.unmount()
  })

  it('a chart slide in a thumbnail draws an SVG sketch, not an ECharts instance', () => {
    const w = mount(SlideView, { props: { slide: SAMPLE_SLIDES[4]!, context: 'thumb', width: 200 } })
    expect(w.find('svg.sketch').exists()).toBe(true)
    expect(w.find('.echart').exists()).toBe(false)
  })
})

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BriefingContentSchema, type BriefingContent, type Slide } from '../../../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../../../src-shared/schemas/report'
import { formatFigure } from '../../../../../src-shared/charts/format'
import { chartFitness, chartProblemSentence } from '../../../../../src-shared/charts/fitness'
import { themeOf } from '../../../../../src-shared/slides/themes'
import { deckSections, pptxFileName, renderBriefingPptx, writePptxFile } from '../../../../../src-main/services/pptx/export'
import { PptxExportError } from '../../../../../src-main/services/pptx/errors'
import { labelFormat } from '../../../../../src-main/services/pptx/charts'
import { SAMPLE_SLIDES, SAMPLE_TEXTS } from '../../../../helpers/sample-slides'
import { byTag, chartOf, flatText, notesOf, openPptx, paragraphs, slideCharts, titleOf, type PptxPackage } from '../../../../helpers/pptx'
import { sampleBriefing } from '../pdf/helpers'

const dir = mkdtempSync(join(tmpdir(), 'huibao-pptx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const squeeze = (s: string) => s.replace(/\s+/g, '')

let briefing: BriefingContent
let report: ReportContent
/** The drafted sample with its report, exported once. */
let sample: PptxPackage
let sampleWarnings: string[]

beforeAll(async () => {
  ;({ briefing, report } = await sampleBriefing())
  const r = await renderBriefingPptx({ briefing, reports: [report] })
  sample = await openPptx(r.bytes)
  sampleWarnings = r.warnings
  expect(r.slideCount).toBe(briefing.slides.length)
  expect(r.fileName).toBe(`${briefing.title}.pptx`)
})

describe('PowerPoint export of the drafted sample', () => {
  it('has one slide per slide of the briefing, in order, each titled in its title placeholder', () => {
    expect(sampleWarnings).toEqual([])
    expect(sample.slides).toHaveLength(briefing.slides.length)
    briefing.slides.forEach((slide, i) => {
      const title = titleOf(sample.doc(sample.slides[i]!))
      expect(title, `slide ${i + 1}`).not.toBeNull()
      expect(title!.type).toBe(slide.layout === 'cover' ? 'ctrTitle' : 'title')
      expect(squeeze(title!.text)).toBe(squeeze(slide.title))
    })
  })

  it('writes each slide’s words as text: bullets as real bullets, one paragraph each, in the accent colour', () => {
    const accent = themeOf(briefing.theme).colors.accent.slice(1).toUpperCase()
    briefing.slides.forEach((slide, i) => {
      const doc = sample.doc(sample.slides[i]!)
      const text = flatText(doc)
      if (slide.layout === 'section') {
        for (const b of slide.bullets) expect(text).toContain(squeeze(b))
        const bulleted = byTag(doc, 'a:p').filter((p) => byTag(p, 'a:buChar').length > 0)
        expect(bulleted.map((p) => squeeze(paragraphs(p).join('')))).toEqual(slide.bullets.map(squeeze))
        expect(sample.xml(sample.slides[i]!)).toContain(`<a:buClr><a:srgbClr val="${accent}"/></a:buClr>`)
      }
      if (slide.layout === 'agenda') for (const item of slide.items) expect(text).toContain(squeeze(item))
      if (slide.layout === 'kpi') for (const f of slide.figures) expect(text).toContain(squeeze(formatFigure(f.value, f.unit, f.qualifier)))
    })
  })

  it('keeps one paragraph-properties element per paragraph and names the deck’s face for Latin and Chinese alike', () => {
    for (const path of sample.slides) {
      for (const p of byTag(sample.doc(path), 'a:p')) expect(byTag(p, 'a:pPr').length, path).toBeLessThanOrEqual(1)
      const xml = sample.xml(path)
      expect(xml).toContain('<a:ea typeface="微软雅黑"')
      expect(xml).not.toMatch(/typeface="(?!微软雅黑)[^"+][^"]*"/)
    }
    expect(sample.xml('ppt/theme/theme1.xml')).toMatch(/<a:minorFont><a:latin typeface="微软雅黑"\/><a:ea typeface="微软雅黑"\/>/)
  })

  it('draws each chart slide as one native chart with the figures as its data, each labelled as the slide writes it', () => {
    const charts = briefing.slides.flatMap((s, i) => (s.layout === 'chart' ? [{ slide: s, path: sample.slides[i]! }] : []))
    expect(charts.length).toBeGreaterThanOrEqual(2)
    for (const { slide, path } of charts) {
      const parts = slideCharts(sample, path)
      expect(parts).toHaveLength(1)
      const chart = chartOf(sample.doc(parts[0]!))
      expect(chart.kind).toBe('barChart')
      const xml = sample.xml(parts[0]!)
      expect(xml).toContain('<a:ea typeface="微软雅黑"/>')
      const figures = slide.chart.type === 'target' ? slide.chart.figures.filter((f) => f.target) : slide.chart.figures
      expect(chart.series[0]!.values).toEqual(figures.map((f) => f.value))
      expect(chart.series[0]!.formats).toEqual(figures.map((f) => labelFormat(f.value, f.unit, f.qualifier)))
      if (slide.chart.type === 'target') {
        expect(chart.series.map((s) => s.name)).toEqual(['实际', '目标'])
        expect(chart.series[1]!.values).toEqual(figures.map((f) => f.target!.value))
        // Goals keep their qualifier: “5.5%以上”.
        expect(chart.series[1]!.formats).toEqual(figures.map((f) => labelFormat(f.target!.value, f.target!.unit, f.target!.qualifier)))
        expect(chart.series[1]!.formats.some((f) => f?.includes('以上'))).toBe(true)
      }
    }
  })

  it('carries each slide’s notes, and where its figures come from in the report', () => {
    briefing.slides.forEach((slide, i) => {
      const notes = notesOf(sample, sample.slides[i]!).join('\n')
      if (slide.notes.trim()) expect(squeeze(notes)).toContain(squeeze(slide.notes))
      if (slide.sources.length > 0) expect(notes).toContain(`出处：《${report.title}》`)
    })
  })

  it('puts the slides in the agenda’s parts as sections, and the titles, author and subject in the document properties', () => {
    const names = [...sample.xml('ppt/presentation.xml').matchAll(/<p14:section name="([^"]*)"/g)].map((m) => m[1])
    const agenda = briefing.slides.find((s) => s.layout === 'agenda')
    expect(agenda?.layout).toBe('agenda')
    if (agenda?.layout === 'agenda') for (const item of agenda.items) expect(names).toContain(item)
    expect(names[0]).toBe(briefing.slides[0]!.title)
    expect(deckSections(briefing, [report])).toHaveLength(briefing.slides.length)
    const app = sample.xml('docProps/app.xml')
    for (const slide of briefing.slides) expect(app).toContain(`<vt:lpstr>${slide.title}</vt:lpstr>`)
    expect(app).toContain(`<vt:i4>${briefing.slides.length}</vt:i4>`)
    const core = sample.xml('docProps/core.xml')
    expect(core).toContain(`<dc:title>${briefing.title}</dc:title>`)
    expect(core).toContain(`<dc:creator>${briefing.organization}</dc:creator>`)
  })

  it('names the file after the briefing, without characters file systems refuse', () => {
    expect(pptxFileName({ title: '2024年/政府工作报告' })).toBe('2024年_政府工作报告.pptx')
    expect(pptxFileName({ title: ' ' })).toBe('汇报.pptx')
  })
})

describe('every layout, a 4:3 deck, pictures and hidden slides', () => {
  const photo = new Uint8Array(readFileSync(new URL('../../../../fixtures/images/site-photo.jpg', import.meta.url)))
  const emblem = new Uint8Array(readFileSync(new URL('../../../../fixtures/images/emblem.png', import.meta.url)))
  const PHOTO = `${'a'.repeat(64)}.jpg`
  const LOGO = { asset: `${'d'.repeat(64)}.png`, width: 240, height: 240 }
  let deck: BriefingContent
  let pkg: PptxPackage

  beforeAll(async () => {
    const slides = SAMPLE_SLIDES.map((s) => (s.id === 's10' ? { ...s, hidden: true } : s))
    deck = BriefingContentSchema.parse({ id: 'all', title: '全部版式', organization: '玉林市人民政府', theme: 'blue', aspect: '4:3', chrome: { pageNumbers: true, footer: true, footerText: '', logo: LOGO }, slides })
    const r = await renderBriefingPptx({ briefing: deck, images: { [PHOTO]: photo, [LOGO.asset]: emblem } })
    expect(r.warnings).toEqual([])
    pkg = await openPptx(r.bytes)
  })

  it('is a 4:3 deck (10 × 7.5 in)', () => {
    expect(pkg.xml('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"/>')
  })

  it('shows every layout’s texts', () => {
    deck.slides.forEach((slide, i) => {
      const text = flatText(pkg.doc(pkg.slides[i]!))
      for (const t of SAMPLE_TEXTS[slide.layout] ?? []) expect(text, `${slide.layout}: ${t}`).toContain(squeeze(t))
    })
  })

  it('embeds the photo and the logo', async () => {
    const media = pkg.parts.filter((p) => p.startsWith('ppt/media/'))
    const bytes = await Promise.all(media.map((p) => pkg.zip.file(p)!.async('uint8array')))
    expect(bytes.some((b) => Buffer.from(b).equals(Buffer.from(photo)))).toBe(true)
    expect(bytes.some((b) => Buffer.from(b).equals(Buffer.from(emblem)))).toBe(true)
    // The picture slide crops its photo to the frame (cover).
    expect(pkg.xml(pkg.slides[deck.slides.findIndex((s) => s.layout === 'picture')]!)).toMatch(/<a:srcRect l="\d+" r="\d+" t="\d+" b="\d+"\/>/)
  })

  it('draws the table as one native table with the layout’s cells', () => {
    const index = deck.slides.findIndex((s) => s.layout === 'table')
    const doc = pkg.doc(pkg.slides[index]!)
    const tables = byTag(doc, 'a:tbl')
    expect(tables).toHaveLength(1)
    const rows = byTag(tables[0]!, 'a:tr').map((tr) => byTag(tr, 'a:tc').map((tc) => paragraphs(tc).join('')))
    expect(rows).toEqual([
      ['指标', '2023年', '2024年目标'],
      ['地区生产总值', '3.3%', '5.5%以上'],
      ['居民人均可支配收入', '4.6%', '与经济增长同步'],
    ])
  })

  it('draws 目标完成情况 as a native table whose status cells keep their badge colour (white text stays readable)', () => {
    const index = deck.slides.findIndex((s) => s.layout === 'targets')
    const slide = deck.slides[index]
    if (slide?.layout !== 'targets') throw new Error('the sample deck has a targets slide')
    const tables = byTag(pkg.doc(pkg.slides[index]!), 'a:tbl')
    expect(tables).toHaveLength(1)
    const rows = byTag(tables[0]!, 'a:tr').slice(1)
    expect(rows).toHaveLength(slide.rows.length)
    const status = themeOf(deck.theme).status
    rows.forEach((tr, r) => {
      const cells = byTag(tr, 'a:tc')
      const row = slide.rows[r]!
      const last = cells.at(-1)!
      expect(paragraphs(last).join('')).toBe(row.status)
      const fills = byTag(byTag(last, 'a:tcPr')[0]!, 'a:srgbClr').map((c) => c.getAttribute('val'))
      expect(fills, `${row.label}: ${row.status}`).toContain(status[row.status].fill.slice(1).toUpperCase())
    })
  })

  it('keeps a hidden slide hidden, and counts it in the document properties', () => {
    expect(pkg.xml(pkg.slides[deck.slides.findIndex((s) => s.id === 's10')]!)).toMatch(/<p:sld [^>]*show="0"/)
    expect(pkg.xml(pkg.slides[0]!)).not.toMatch(/<p:sld [^>]*show="0"/)
    expect(pkg.xml('docProps/app.xml')).toContain('<HiddenSlides>1</HiddenSlides>')
  })

  it('writes the page number as the slide-number field', () => {
    expect(pkg.xml(pkg.slides[2]!)).toContain('type="slidenum"')
  })
})

describe('charts of every type', () => {
  const f = (label: string, value: number, unit: string, qualifier: string | null = null, target?: number) => ({
    label,
    value,
    unit,
    qualifier,
    period: '2023',
    target: target === undefined ? null : { value: target, unit, qualifier: '以上', period: '2024 target' },
  })
  const specs = {
    line: { type: 'line', title: '增速', figures: [{ ...f('地区生产总值', 5.2, '%'), period: '2021' }, { ...f('地区生产总值', 4.1, '%'), period: '2022' }] },
    pie: { type: 'pie', title: '', figures: [f('第一产业', 20.1, '%'), f('第二产业', 33.5, '%'), f('第三产业', 46.4, '%')] },
    gauge: { type: 'gauge', title: '', figures: [f('森林覆盖率', 62.5, '%', '超')] },
    radar: { type: 'radar', title: '', figures: [f('工业', 6.1, '%', null, 7), f('投资', 4.3, '%', null, 5), f('消费', 5.5, '%', null, 6)] },
    mixed: { type: 'bar', title: '', figures: [f('一般公共预算收入', 152.6, '亿元', '约'), f('降幅', -11.6, '%')] },
    refused: { type: 'pie', title: '饼图', figures: [f('甲', 60, '%'), f('乙', 70, '%')] },
  } as const
  let pkg: PptxPackage
  let slides: Slide[]

  beforeAll(async () => {
    slides = Object.entries(specs).map(([id, chart]) => ({ id, layout: 'chart', title: id, notes: '', hidden: false, sources: [], chart: structuredClone(chart) as never, caption: '' }))
    const r = await renderBriefingPptx({ briefing: BriefingContentSchema.parse({ id: 'charts', title: '图表', slides }) })
    pkg = await openPptx(r.bytes)
  })

  const chartAt = (i: number) => chartOf(pkg.doc(slideCharts(pkg, pkg.slides[i]!)[0]!))

  it('a line and a pie as native charts, every value labelled with its unit', () => {
    expect(chartAt(0)).toMatchObject({ kind: 'lineChart', series: [{ values: [5.2, 4.1], formats: ['General"%"', 'General"%"'] }] })
    expect(chartAt(1)).toMatchObject({ kind: 'pieChart', series: [{ values: [20.1, 33.5, 46.4] }] })
  })

  it('a gauge as a ring (the nearest native chart) with its figure written in it, and a note saying so', () => {
    const ring = chartAt(2)
    expect(ring.kind).toBe('doughnutChart')
    expect(ring.series[0]!.values[0]).toBe(62.5)
    expect(flatText(pkg.doc(pkg.slides[2]!))).toContain('超62.5%')
    expect(notesOf(pkg, pkg.slides[2]!).join('')).toMatch(/没有仪表盘图.*圆环图/)
  })

  it('a radar as a native radar with actual and target series', () => {
    const radar = chartAt(3)
    expect(radar.kind).toBe('radarChart')
    expect(radar.series.map((s) => [s.name, s.values])).toEqual([
      ['实际', [6.1, 4.3, 5.5]],
      ['目标', [7, 5, 6]],
    ])
  })

  it('bars of different units: each bar labelled in its own unit and qualifier', () => {
    expect(chartAt(4).series[0]!.formats).toEqual(['"约"General"亿元"', 'General"%"'])
  })

  it('a chart the screen refuses is the same sentence, and its figures go to the notes', () => {
    expect(slideCharts(pkg, pkg.slides[5]!)).toEqual([])
    const problem = chartFitness(specs.refused as never).problems[0]!
    expect(flatText(pkg.doc(pkg.slides[5]!))).toContain(squeeze(chartProblemSentence(problem)))
    expect(notesOf(pkg, pkg.slides[5]!).join('')).toContain('甲（2023年） 60%')
  })
})

describe('what cannot be exported, and files that cannot be written', () => {
  it('an empty briefing is refused in one sentence', async () => {
    const error = await renderBriefingPptx({ briefing: BriefingContentSchema.parse({ id: 'e', title: '空', slides: [] }) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PptxExportError)
    expect((error as PptxExportError).code).toBe('empty')
  })

  it('a missing picture is drawn as a placeholder and reported', async () => {
    const picture = SAMPLE_SLIDES.find((s) => s.layout === 'picture')!
    const r = await renderBriefingPptx({ briefing: BriefingContentSchema.parse({ id: 'p', title: '图', slides: [picture] }) })
    expect(r.warnings.some((w) => w.includes('找不到 1 张图片'))).toBe(true)
    expect(flatText((await openPptx(r.bytes)).doc('ppt/slides/slide1.xml'))).toContain('图片文件缺失')
  })

  it('an unwritable path says so in Chinese', async () => {
    const error = await writePptxFile(join(dir, 'no-such-folder', 'x.pptx'), new Uint8Array([1])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PptxExportError)
    expect((error as PptxExportError).message).toMatch(/^无法保存 PPT：文件夹不存在/)
  })
})

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatFigure, formatNumber } from '../../../../../src-shared/charts/format'
import { PDF_LAYOUTS, pdfPageCountFor } from '../../../../../src-shared/pdf-options'
import type { BriefingContent } from '../../../../../src-shared/schemas/briefing'
import type { ReportContent } from '../../../../../src-shared/schemas/report'
import { renderBriefingPdf, writePdfFile, pdfFileName } from '../../../../../src-main/services/pdf/export'
import { PdfExportError } from '../../../../../src-main/services/pdf/errors'
import { MISSING_DATA_TEXT } from '../../../../../src-shared/slides/layouts/kpi'
import { pdfOutline, pdfPages, pdfText, run, sampleBriefing } from './helpers'

const dir = mkdtempSync(join(tmpdir(), 'huibao-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let briefing: BriefingContent
let report: ReportContent
/** The 2-up handout of the drafted sample, rendered once. */
let handout: string
let handoutWarnings: string[]
const NOW = new Date('2024-03-01T09:00:00+08:00')

beforeAll(async () => {
  ;({ briefing, report } = await sampleBriefing())
  const r = await renderBriefingPdf({ briefing, reports: [report], options: { layout: '2' }, now: NOW })
  handout = join(dir, 'handout-2.pdf')
  writeFileSync(handout, r.bytes)
  handoutWarnings = r.warnings
})

/** Text without the line breaks and spaces pdftotext puts where a line wrapped. */
const flat = (s: string) => s.replace(/\s+/g, '')

describe('PDF export of the drafted sample', () => {
  it('has the page count the options give, for every layout and both papers', async () => {
    for (const layout of PDF_LAYOUTS) {
      for (const paper of ['A4', 'A4-landscape'] as const) {
        const options = { layout, paper }
        const r = await renderBriefingPdf({ briefing, options, now: NOW })
        const file = join(dir, `count-${layout}-${paper}.pdf`)
        writeFileSync(file, r.bytes)
        const expected = pdfPageCountFor(briefing.slides, { layout, includeHidden: false })
        expect(r.pageCount, `${layout} ${paper}`).toBe(expected)
        expect(pdfPages(file), `${layout} ${paper}`).toBe(expected)
      }
    }
    const n = briefing.slides.length
    expect(pdfPageCountFor(briefing.slides, { layout: '1', includeHidden: false })).toBe(n)
    expect(pdfPageCountFor(briefing.slides, { layout: '6', includeHidden: false })).toBe(Math.ceil(n / 6))
  }, 120_000)

  it('gives back every slide title, the KPI values and the Chinese exactly', () => {
    const text = flat(pdfText(handout))
    for (const slide of briefing.slides) {
      // Titles too long for one line end in “…” on screen and on paper; their start is there verbatim.
      const title = flat(slide.title)
      expect(text).toContain(title.length > 24 ? title.slice(0, 20) : title)
      if (slide.layout === 'kpi') {
        for (const f of slide.figures) {
          expect(text).toContain(flat(f.label))
          // The number is set large and its unit small, so they come out as separate runs.
          expect(text).toContain(formatNumber(f.value))
          for (const part of formatFigure(f.value, f.unit, f.qualifier).split(formatNumber(f.value))) if (part) expect(text).toContain(flat(part))
        }
      }
      if (slide.layout === 'section') for (const b of slide.bullets.slice(0, 2)) expect(text).toContain(flat(b).slice(0, 12))
    }
    expect(text).toContain('玉林市人民政府')
    expect(text).toContain('2024年政府工作报告')
  })

  it('draws chart value labels as text (vector, not an image)', () => {
    const chart = briefing.slides.find((s) => s.layout === 'chart')
    if (chart?.layout !== 'chart') throw new Error('the draft has a chart')
    const page = Math.floor(briefing.slides.indexOf(chart) / 2) + 1
    const text = flat(pdfText(handout, page))
    for (const f of chart.chart.figures) expect(text).toContain(formatFigure(f.value, f.unit, f.qualifier))
    expect(run('pdfimages', ['-list', handout]).trim().split('\n').length).toBe(2) // header lines only: no images
  })

  it('embeds the fonts as subsets', () => {
    const rows = run('pdffonts', [handout]).trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThanOrEqual(1)
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)\s/)
      const cols = row.trim().split(/\s+/)
      // name type… emb sub uni object ID: emb and sub are the 4th and 3rd from the end before the id.
      expect(cols.slice(-5, -2)).toEqual(['yes', 'yes', 'yes'])
    }
  })

  it('has one bookmark per slide, nested under the agenda parts', () => {
    const outline = pdfOutline(handout)
    const agenda = briefing.slides.find((s) => s.layout === 'agenda')
    if (agenda?.layout !== 'agenda') throw new Error('the draft has an agenda')
    const parts = outline.filter((o) => o.depth === 1 && agenda.items.includes(o.title))
    expect(parts.map((p) => p.title)).toEqual(agenda.items)
    expect(outline.length).toBe(briefing.slides.length + agenda.items.length)
    const nested = outline.filter((o) => o.depth === 2)
    expect(nested.length).toBeGreaterThan(briefing.slides.length / 2)
    // Cover, agenda and closing at the top level.
    const top = outline.filter((o) => o.depth === 1).map((o) => o.title)
    expect(top[0]).toBe(briefing.slides[0]!.title)
    expect(top.at(-1)).toBe(briefing.slides.at(-1)!.title)
  })

  it('prints the marking, the header, the footer and the date on every page', () => {
    const pages = pdfPages(handout)
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(handout, p)
      expect(text).toContain('内部资料 注意保存')
      expect(text).toContain(briefing.meeting)
      expect(text).toContain(`第 ${p} 页 / 共 ${pages} 页`)
      expect(text).toContain(briefing.date)
    }
  })

  it('writes metadata', () => {
    const info = run('pdfinfo', [handout])
    expect(info).toMatch(/Title:\s+2024年政府工作报告/)
    expect(info).toMatch(/Author:\s+玉林市人民政府/)
    expect(info).toMatch(/Subject:\s+玉林市第六届人民代表大会第六次会议/)
    expect(info).toMatch(/CreationDate:/)
  })

  it('has no warnings for the sample: every text of the draft fits', () => {
    expect(handoutWarnings).toEqual([])
  })

  it('honours range, hidden slides, options for header, marking, watermark and date', async () => {
    const deck = structuredClone(briefing)
    deck.slides[1]!.hidden = true
    const r = await renderBriefingPdf({ briefing: deck, options: { layout: '1', range: '1-4', header: '常务会议', marking: '秘密', watermark: '征求意见稿', date: '2024年3月5日' } })
    const file = join(dir, 'opts.pdf')
    writeFileSync(file, r.bytes)
    expect(r.pageCount).toBe(3)
    expect(pdfPages(file)).toBe(3)
    const text = pdfText(file)
    expect(text).toContain('常务会议')
    expect(text).toContain('秘密')
    // The diagonal watermark comes out one rotated character at a time.
    for (const ch of '征求意见稿') expect(text).toContain(ch)
    expect(text).toContain('2024年3月5日')
    expect(flat(text)).not.toContain('目录')
    const all = await renderBriefingPdf({ briefing: deck, options: { layout: '1', range: '1-4', includeHidden: true } })
    expect(all.pageCount).toBe(4)
  })

  it('file names say the layout', () => {
    expect(pdfFileName({ title: '2024年/政府工作报告' }, '2')).toBe('2024年_政府工作报告 - 讲义（每页2张）.pdf')
    expect(pdfFileName({ title: '' }, 'notes')).toBe('汇报 - 备注页.pdf')
  })
})

describe('themes, page shapes and pictures', () => {
  const photo = new Uint8Array(readFileSync(new URL('../../../../fixtures/images/site-photo.jpg', import.meta.url)))
  const emblem = new Uint8Array(readFileSync(new URL('../../../../fixtures/images/emblem.png', import.meta.url)))
  const PHOTO = { asset: `${'c'.repeat(64)}.jpg`, width: 480, height: 320 }
  const LOGO = { asset: `${'d'.repeat(64)}.png`, width: 240, height: 240 }

  it('a 4:3 briefing on slide paper gives 4:3 pages with no running header; its picture and logo are embedded', async () => {
    const deck: BriefingContent = {
      ...structuredClone(briefing),
      theme: 'blue',
      aspect: '4:3',
      chrome: { pageNumbers: true, footer: true, footerText: '', logo: LOGO },
      slides: [
        briefing.slides[0]!,
        { id: 'p1', layout: 'picture', title: '重点项目现场', notes: '', hidden: false, sources: [], picture: { image: PHOTO, fit: 'cover', caption: '华友锂电一期' } },
      ],
    }
    const r = await renderBriefingPdf({ briefing: deck, options: { layout: '1', paper: 'slide' }, images: { [PHOTO.asset]: photo, [LOGO.asset]: emblem }, now: NOW })
    const file = join(dir, 'slide-4x3.pdf')
    writeFileSync(file, r.bytes)
    expect(r.warnings).toEqual([])
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+720 x 540 pts/)
    const images = run('pdfimages', ['-list', file]).trim().split('\n').slice(2)
    // The photo once, the logo on the cover and in the picture slide's footer.
    expect(images.map((l) => l.trim().split(/\s+/).slice(3, 5).join('x'))).toEqual(expect.arrayContaining(['480x320', '240x240']))
    const text = flat(pdfText(file))
    expect(text).toContain('华友锂电一期')
    expect(text).not.toContain('第1页/共2页')
  })

  it('a picture whose file is missing is drawn as a placeholder and reported', async () => {
    const deck: BriefingContent = {
      ...structuredClone(briefing),
      slides: [{ id: 'p1', layout: 'picture', title: '现场', notes: '', hidden: false, sources: [], picture: { image: PHOTO, fit: 'contain', caption: '' } }],
    }
    const r = await renderBriefingPdf({ briefing: deck, options: { layout: '1' }, now: NOW })
    const file = join(dir, 'missing-picture.pdf')
    writeFileSync(file, r.bytes)
    expect(flat(pdfText(file))).toContain('图片文件缺失')
    expect(r.warnings.some((w) => w.includes('找不到 1 张图片'))).toBe(true)
  })

  it('draws the same slide in each theme’s colours', async () => {
    const pages: string[] = []
    for (const theme of ['red', 'blue', 'plain'] as const) {
      const r = await renderBriefingPdf({ briefing: { ...structuredClone(briefing), theme, slides: [briefing.slides[0]!] }, options: { layout: '1', paper: 'slide' }, now: NOW })
      const file = join(dir, `theme-${theme}.pdf`)
      writeFileSync(file, r.bytes)
      pages.push(run('pdftoppm', ['-r', '10', '-png', '-singlefile', file, join(dir, `theme-${theme}`)]) + readFileSync(join(dir, `theme-${theme}.png`)).toString('base64'))
    }
    expect(new Set(pages).size).toBe(3)
  })
})

describe('problems', () => {
  it('missing metric references: a visible placeholder and a warning, not a crash', async () => {
    const deck = structuredClone(briefing)
    const kpi = deck.slides.find((s) => s.layout === 'kpi')
    const chart = deck.slides.find((s) => s.layout === 'chart')
    if (kpi?.layout !== 'kpi' || chart?.layout !== 'chart') throw new Error('the draft has KPI and chart slides')
    kpi.figures[0]!.metricId = 'm-gone'
    chart.chart.figures = []
    // The report no longer has one metric the chart slide refers to.
    const gone = chart.sources[0]!.metricIds![0]!
    const shrunk = { ...report, metrics: report.metrics.filter((m) => m.id !== gone) }
    const r = await renderBriefingPdf({ briefing: deck, reports: [shrunk], options: { layout: '1' } })
    const file = join(dir, 'missing.pdf')
    writeFileSync(file, r.bytes)
    const text = flat(pdfText(file))
    expect(text).toContain('来源指标缺失')
    expect(text).toContain(flat(MISSING_DATA_TEXT))
    expect(r.warnings.some((w) => w.includes('m-gone'))).toBe(true)
    expect(r.warnings.some((w) => w.includes(gone))).toBe(true)
    expect(r.pageCount).toBe(pdfPages(file))
  })

  it('a briefing alone (no report): an emptied chart still gets the placeholder and a warning', async () => {
    const deck = structuredClone(briefing)
    const chart = deck.slides.find((s) => s.layout === 'chart')
    if (chart?.layout !== 'chart') throw new Error('chart')
    chart.chart.figures = []
    const r = await renderBriefingPdf({ briefing: deck, options: { layout: '4' } })
    expect(r.warnings.some((w) => w.includes('指标数据缺失'))).toBe(true)
  })

  it('reports characters the font lacks instead of dropping them silently', async () => {
    const deck = structuredClone(briefing)
    deck.slides[0]!.title = '2024年政府工作报告\u{1F600}\u{2F800}'
    const r = await renderBriefingPdf({ briefing: deck, options: { layout: '1', range: '1' } })
    const w = r.warnings.find((x) => x.startsWith('字体中缺少'))
    expect(w).toBeDefined()
    expect(w).toContain('U+1F600')
    expect(w).not.toContain('“年”')
  })

  it('an unwritable output path gives a clear Chinese error', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70])
    await expect(writePdfFile(join(dir, 'no-such-folder', 'x.pdf'), bytes)).rejects.toThrow(/无法保存 PDF：文件夹不存在/)
    await expect(writePdfFile(dir, bytes)).rejects.toThrow(/无法保存 PDF/)
    await expect(writePdfFile(dir, bytes)).rejects.toBeInstanceOf(PdfExportError)
  })

  it('an empty selection or a bad range is a clear error', async () => {
    await expect(renderBriefingPdf({ briefing, options: { range: '99-100' } })).rejects.toThrow(/没有可导出的幻灯片/)
    await expect(renderBriefingPdf({ briefing, options: { range: 'abc' } })).rejects.toThrow(/页码范围/)
  })
})

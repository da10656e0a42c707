import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { textWidth } from '../../../../src-shared/slides/text/measure'
import { wrapText } from '../../../../src-shared/slides/text/wrap'
import { fitList, fitText } from '../../../../src-shared/slides/text/fit'
import { TYPE } from '../../../../src-shared/slides/type-scale'

const require = createRequire(import.meta.url)
const PDFDocument = require('pdfkit') as new (o?: object) => { font(path: string): { fontSize(n: number): { widthOfString(s: string): number } } }
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
}

const SAMPLES = [
  '2024年地区生产总值增长5.5%以上',
  'GDP增长3.3%，CPI上涨0.2%，规上工业增加值增长3.5%',
  'AVATAR To Wave, Yes/No; (a) [b] {c} — “引号” ‘单引’',
  '“十四五”规划（2021—2025年）实施过半',
  '全市完成固定资产投资1,234.56亿元，同比增长10.2%！',
  'RCEP、5G、AI+制造业 ① ② ③ → ×÷±',
]

describe('text measurement', () => {
  it('agrees with pdfkit (which pdfmake uses) on sample strings, regular and bold, to within 0.5 %', () => {
    const doc = new PDFDocument({ autoFirstPage: false })
    for (const weight of ['regular', 'bold'] as const) {
      for (const s of SAMPLES) {
        const theirs = doc.font(FONTS[weight]).fontSize(40).widthOfString(s)
        const ours = textWidth(s, 40, weight)
        expect(Math.abs(ours - theirs) / theirs, `${weight} “${s}” ours ${ours} pdfkit ${theirs}`).toBeLessThan(0.005)
      }
    }
  })

  it('takes CJK and full-width forms as one em and Latin as narrower', () => {
    expect(textWidth('政府工作报告', 10)).toBe(60)
    expect(textWidth('（，。）', 10)).toBe(40)
    expect(textWidth('2024', 10)).toBeLessThan(30)
  })
})

describe('wrapping', () => {
  it('breaks lines within the width, keeps every character, and never starts a line with closing punctuation', () => {
    const text = '全面贯彻党的二十大和二十届二中全会精神，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。'
    for (const width of [300, 420, 555, 700]) {
      const lines = wrapText(text, 30, width)
      expect(lines.join('')).toBe(text)
      for (const line of lines) {
        expect(textWidth(line, 30)).toBeLessThanOrEqual(width + 0.001)
        expect(line).not.toMatch(/^[，。、；：！？）》”]/)
      }
    }
  })

  it('keeps a number with its unit sign and Latin words whole; hard breaks stay', () => {
    const lines = wrapText('增长5.5%以上的目标 Huibao briefing', 20, 130)
    expect(lines.some((l) => l.includes('5.5%'))).toBe(true)
    expect(lines.join('|')).not.toMatch(/Hui\|bao|brief\|ing/)
    expect(wrapText('一\n二', 20, 400)).toEqual(['一', '二'])
    expect(wrapText('', 20, 400)).toEqual([])
  })

  it('breaks a word longer than the line between characters', () => {
    const lines = wrapText('https://www.example.gov.cn/zwgk/2024/report.html', 20, 120)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(120.001)
  })
})

describe('the fitting rule', () => {
  const title = (text: string) => fitText(text, { width: 1680, sizes: TYPE.title.sizes, lineHeight: TYPE.title.lineHeight, maxLines: TYPE.title.maxLines, weight: 'bold' })

  it('a title wraps to two lines first, then steps down to its floor, then is cut with “…” and flagged', () => {
    const short = title('2023年主要指标')
    expect([short.lines.length, short.size, short.fits]).toEqual([1, TYPE.title.sizes[0], true])
    const two = title('深入实施创新驱动发展战略，加快建设现代化产业体系，推动工业经济提质增效')
    expect(two.lines).toHaveLength(2)
    expect(two.size).toBe(TYPE.title.sizes[0])
    const smaller = title('深入实施创新驱动发展战略，加快建设现代化产业体系，推动工业经济提质增效，全力打造千亿级产业集群和百亿级龙头企业，奋力谱写中国式现代化新篇章')
    expect(smaller.lines).toHaveLength(2)
    expect(smaller.size).toBeLessThan(TYPE.title.sizes[0]!)
    expect(smaller.fits).toBe(true)
    const cut = title('很长的标题'.repeat(40))
    expect(cut.fits).toBe(false)
    expect(cut.size).toBe(TYPE.title.sizes.at(-1))
    expect(cut.lines).toHaveLength(2)
    expect(cut.lines[1]!.endsWith('…')).toBe(true)
    expect(textWidth(cut.lines[1]!, cut.size, 'bold')).toBeLessThanOrEqual(1680)
  })

  it('a list keeps its one size and says how many items fit', () => {
    const items = Array.from({ length: 12 }, (_, i) => `第${i + 1}项措施：持续深化改革开放，激发市场主体活力，推动经济实现质的有效提升和量的合理增长`)
    const fit = fitList(items, { width: 1600, height: 700, size: TYPE.body, lineHeight: TYPE.bodyLineHeight, gap: TYPE.bulletGap, weight: 'regular' })
    expect(fit.size).toBe(TYPE.body)
    expect(fit.fitting).toBeGreaterThan(0)
    expect(fit.fitting).toBeLessThan(items.length)
    expect(fit.fits).toBe(false)
    expect(fitList(items.slice(0, 2), { width: 1600, height: 700, size: TYPE.body, lineHeight: 1.45, gap: 0.6, weight: 'regular' }).fits).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { layoutText, type PdfPageText, type TextRun } from '../../../../../src-main/services/import/pdf-layout'
import { fixPdfCharacters } from '../../../../../src-main/services/import/pdf-characters'
import { looksGarbled } from '../../../../../src-main/services/import/pdf'

/**
 * A4 pages of synthetic runs: 16 pt text, 28 pt between baselines, a text frame from x = 80 to 520 (27.5
 * characters of 16 pt), first lines indented by two characters.
 */
const SIZE = 16
const LEFT = 80
const RIGHT = 520
const TOP = 760

interface Placed {
  text: string
  x?: number
  size?: number
  /** Extra space above this line, in points. */
  gap?: number
  /** Absolute baseline, for running heads and feet. */
  y?: number
}

function page(lines: Placed[]): PdfPageText {
  let y = TOP
  const runs: TextRun[] = []
  for (const line of lines) {
    const size = line.size ?? SIZE
    y -= line.gap ?? 0
    const baseline = line.y ?? y
    // Chinese characters are one em wide, others about half.
    const width = Array.from(line.text).reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * size, 0)
    runs.push({ text: line.text, x: line.x ?? LEFT, y: baseline, width, size })
    if (line.y === undefined) y -= 28
  }
  return { width: 595, height: 842, runs }
}

const FULL = '全面贯彻党的二十大精神坚持稳中求进工作总基调完整准' // 25 characters: a full line after an indent
const WHOLE = FULL + '确全' // 27 characters: a full line from the margin
const indent = LEFT + 2 * SIZE

describe('PDF text layout', () => {
  it('joins the lines of a paragraph without spaces and starts one at each indent', () => {
    const text = layoutText([
      page([
        { text: FULL, x: indent },
        { text: WHOLE.slice(0, 27) },
        { text: '推动高质量发展。' },
        { text: '一、总体要求', x: indent },
        { text: '地区生产总值增长5%左右。', x: indent },
      ]),
    ])
    expect(text).toBe(`${FULL}${WHOLE.slice(0, 27)}推动高质量发展。\n一、总体要求\n地区生产总值增长5%左右。`)
  })

  it('ends a paragraph at a short line even without indents, and at a wider gap between lines', () => {
    const text = layoutText([
      page([{ text: WHOLE }, { text: '到此为止。' }, { text: WHOLE }, { text: WHOLE.slice(0, 27) + '。' }, { text: '下一段开头。', gap: 12 }]),
    ])
    expect(text.split('\n')).toEqual([`${WHOLE}到此为止。`, `${WHOLE}${WHOLE.slice(0, 27)}。`, '下一段开头。'])
  })

  it('keeps a line that wrapped before a number or an opening quote in its paragraph', () => {
    const text = layoutText([
      page([
        { text: '离岛免税销售额分别增长' }, // room for 17 characters, but the list of figures did not fit
        { text: '38.9%、64%、19.6%、13%、46.8%、12.5%、9.9%、8.8%。' },
        { text: WHOLE.slice(0, 26) + '。' }, // a sentence ends with room for 1.5 characters
        { text: '“百万人才进海南”行动计划提前完成。' },
      ]),
    ])
    expect(text.split('\n')).toHaveLength(2)
  })

  it('drops page numbers and running heads, keeps the title that the head repeats, and runs paragraphs over the page break', () => {
    const head = (n: number): Placed[] => [
      { text: '2024年政府工作报告', x: 240, y: 800, size: 10 },
      { text: ['— 1 —', '- 2 -', '第3页 共3页'][n] ?? '', x: 280, y: 40, size: 12 },
    ]
    const text = layoutText([
      page([...head(0), { text: '2024年政府工作报告', x: 200, size: 22 }, { text: FULL, x: indent, gap: 20 }, { text: WHOLE }]),
      page([...head(1), { text: WHOLE }, { text: '本段结束。' }, { text: '一、下一部分', x: indent }]),
      page([...head(2), { text: '第二部分的内容。', x: indent }]),
    ])
    expect(text.split('\n')).toEqual(['2024年政府工作报告', `${FULL}${WHOLE}${WHOLE}本段结束。`, '一、下一部分', '第二部分的内容。'])
  })

  it('drops page numbers in their usual forms, and only at the top or bottom of a page', () => {
    for (const number of ['3', '— 3 —', '－3－', '- 3 -', '·3·', '第3页', '第 3 页 共 12 页', '3/12', 'Page 3 of 12']) {
      const text = layoutText([page([{ text: '正文第一段。', x: indent }, { text: number, x: 290, y: 40 }])])
      expect(text, number).toBe('正文第一段。')
    }
    // A number on a line of its own inside the page is text.
    const middle = layoutText([page([{ text: WHOLE }, { text: WHOLE }, { text: '短句。' }, { text: '2023', x: indent }, { text: WHOLE }, { text: WHOLE }, { text: '结束。' }])])
    expect(middle.split('\n')).toEqual([`${WHOLE}${WHOLE}短句。`, '2023', `${WHOLE}${WHOLE}结束。`])
  })

  it('starts a new paragraph where the type size changes, and runs a wrapped title on', () => {
    const text = layoutText([
      page([
        { text: '关于某某市二〇二四年国民经济和社会发展计划', x: LEFT, size: 20 }, // 22 characters of 20 pt: the line is full
        { text: '执行情况的报告', x: 230, size: 20 },
        { text: '一、总体要求', x: indent, size: 18, gap: 10 },
        { text: FULL, x: indent },
        { text: '正文。' },
      ]),
    ])
    expect(text.split('\n')).toEqual(['关于某某市二〇二四年国民经济和社会发展计划执行情况的报告', '一、总体要求', `${FULL}正文。`])
  })

  it('drops the spaces layout puts beside Chinese, keeps those between Latin words', () => {
    const runs = (parts: [string, number][]): PdfPageText => ({
      width: 595,
      height: 842,
      runs: parts.map(([text, x]) => ({ text, x, y: 700, width: Array.from(text).length * SIZE * (/^[\x20-\x7e]+$/.test(text) ? 0.5 : 1), size: SIZE })),
    })
    expect(layoutText([runs([['增长 3.3%， 人 次 ,同比', 80]])])).toBe('增长3.3%，人次,同比')
    expect(layoutText([runs([['全年', 80], ['GDP', 120], ['Windows', 160], ['10', 230]])])).toBe('全年GDP Windows 10')
  })

  it('reads radicals and shared glyphs back as the characters they stand for', () => {
    expect(fixPdfCharacters('⼯业⽣产总值⻓期向好，⺠⽣落⼾，胶园写成㬵园，中国―东盟⸺')).toBe('工业生产总值长期向好，民生落户，胶园写成胶园，中国—东盟——')
    expect(fixPdfCharacters('增长５％，１２３')).toBe('增长５％，１２３')
  })

  it('tells text from glyph numbers that a font without a Unicode map gives', () => {
    expect(looksGarbled('一、2023年工作回顾\n全市地区生产总值增长3.3%。')).toBe(false)
    expect(looksGarbled('\ue001\ue002\ue003\ue004 \ue005\ue006，\ue007')).toBe(true)
    expect(looksGarbled('')).toBe(false)
  })
})

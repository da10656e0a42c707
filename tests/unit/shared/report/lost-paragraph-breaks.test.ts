import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { restoreLostParagraphBreaks } from '../../../../src-shared/report/lost-paragraph-breaks'

/** A report of many paragraphs, each a few sentences with figures, as one line would hold them pasted together. */
function paragraphs(n: number): string[] {
  return Array.from({ length: n }, (_, k) => `第${k + 1}项工作扎实推进，完成投资${k + 10}亿元，增长${(k % 9) + 1}.5%，带动就业${k + 3}千人。各项任务按计划落实。`)
}

describe('paragraph breaks lost in a paste', () => {
  it('restores a break at each space after a sentence’s end in a report run onto one line', () => {
    const lines = ['各位代表：', '一、2018年工作回顾 2018年是关键之年。', ...paragraphs(120)]
    const restored = restoreLostParagraphBreaks(lines.join(' '))
    expect(restored.split('\n').map((l) => l.trim())).toEqual(['各位代表： 一、2018年工作回顾 2018年是关键之年。', ...paragraphs(120)])
  })

  it('puts a part’s or a section’s number run into the sentence before it on a line of its own', () => {
    const text = ['一、2018年工作回顾', ...paragraphs(60), '全力以赴奋进新征程！二、2019年工作安排', ...paragraphs(60), '（一）抓好项目。'].join(' ').replace('新征程！ 二、', '新征程！二、').replace('。 （一）', '。（一）')
    const lines = restoreLostParagraphBreaks(text).split('\n')
    const part = lines.findIndex((l) => l.startsWith('二、2019年工作安排 '))
    expect(part).toBeGreaterThan(0)
    expect(lines[part - 1]).toBe('全力以赴奋进新征程！')
    expect(lines.at(-1)).toBe('（一）抓好项目。')
  })

  it('puts a section’s number after a sentence’s end and a space on a line of its own, in any text', () => {
    const text = ['（三）扩大开放。建成国际集装箱场站。 （四）千方百计扩大内需，更好发挥投资作用', '（五）推进城乡协调发展'].join('\n')
    expect(restoreLostParagraphBreaks(text).split('\n')).toEqual(['（三）扩大开放。建成国际集装箱场站。', '（四）千方百计扩大内需，更好发挥投资作用', '（五）推进城乡协调发展'])
    // A number read in a sentence, after no sentence's end, stays where it is.
    const inSentence = '主要做了以下工作： （一）抓项目；（二）促消费。'
    expect(restoreLostParagraphBreaks(inSentence)).toBe(inSentence)
  })

  it('leaves a text with its breaks alone, and a long paragraph that merely spaces its sentences', () => {
    const normal = paragraphs(200).join('\n')
    expect(restoreLostParagraphBreaks(normal)).toBe(normal)
    // One long paragraph of a report that has many others: it holds too little of the text to be the report run together.
    const merged = [paragraphs(40).join(' '), ...paragraphs(300)].join('\n')
    expect(restoreLostParagraphBreaks(merged)).toBe(merged)
    // A long line with few spaced sentence ends is a long paragraph, not paragraphs run together.
    const long = paragraphs(150).join('')
    expect(restoreLostParagraphBreaks(long)).toBe(long)
  })

  it('changes none of the labelled reports, which keep their paragraph breaks', () => {
    const dir = new URL('../../../fixtures/corpus/', import.meta.url)
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt'))
    expect(texts.length).toBeGreaterThan(5)
    for (const f of texts) {
      const text = readFileSync(new URL(f, dir), 'utf8')
      expect(restoreLostParagraphBreaks(text), f).toBe(text)
    }
  })
})

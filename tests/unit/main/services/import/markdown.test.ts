import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { stripMarkdown, type StepMeter } from '../../../../../src-main/services/import/markdown'

/** The inline rules as regular expressions (the importer's old implementation): the reference for short lines. */
function inlineByRegex(s: string): string {
  return s
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/~~([^~\n]+)~~/g, '$1')
    .replace(/(^|[^*\w])\*([^*\n]+)\*(?!\*)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
}

function steps(md: string): number {
  const meter: StepMeter = { steps: 0 }
  stripMarkdown(md, meter)
  return meter.steps
}

const inlineChars = fc.constantFrom(...'[]()!*_~`a1中 '.split(''))
const markChars = fc.constantFrom(...'[]()!*_~`#>-+ \n'.split(''), 'a', '中', '　')
/** Fragments that made the old expressions rescan the rest of the line. */
const adversarial = fc.constantFrom('[a](', '![a](', '[', '](', '**a', '__a', '~~a', '*a', '`a', '# ', ' #', '> ', '- ', '   ', '*', '[a]', 'a')

describe('stripMarkdown', () => {
  it('keeps the words and drops the marks', () => {
    expect(stripMarkdown('# 一、2023年工作回顾\n**全市**地区生产总值增长*3.3%*，见[附表](a.md)。\n- 一项')).toBe(
      '一、2023年工作回顾\n全市地区生产总值增长3.3%，见附表。\n一项',
    )
    expect(stripMarkdown('## 标题 ##\n> 引文\n---\n* 要点\n+ 要点\n![图一](x.png)说明\n~~删~~、__粗__、`码`')).toBe(
      '标题\n引文\n\n要点\n要点\n图一说明\n删、粗、码',
    )
    expect(stripMarkdown('####### 七个井号不是标题\n#没有空格\n 1. 列表编号留着')).toBe('####### 七个井号不是标题\n#没有空格\n 1. 列表编号留着')
  })

  it('drops a YAML front matter block, keeping the lines in place; a rule followed by text is no front matter', () => {
    const md = '---\nsource:\n- https://www.example.gov.cn/a\ntitle: 某市政府工作报告（2021年12月29日 某某）\n---\n\n各位代表：'
    expect(stripMarkdown(md)).toBe('\n\n\n\n\n\n各位代表：')
    expect(stripMarkdown('---\n各位代表：\n---\n正文')).toBe('\n各位代表：\n\n正文')
  })

  it('drops HTML comments on lines of their own, one line or several', () => {
    expect(stripMarkdown('<!-- 某某作报告 -->\n各位代表：\n<!--\n注\n-->\n正文')).toBe('\n各位代表：\n\n\n\n正文')
  })

  it('inline rules agree with the regular expressions they replace', () => {
    fc.assert(
      fc.property(fc.array(inlineChars, { maxLength: 40 }).map((a) => a.join('')), (line) => {
        // Lines that start with a block mark are handled before the inline rules; keep to inline ones here.
        fc.pre(!/^\s{0,3}([#>*+-]|$)/.test(line) && !/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line))
        expect(stripMarkdown(line)).toBe(inlineByRegex(line))
      }),
      { numRuns: 3000 },
    )
  })

  it('never adds characters, and leaves text without marks as it is', () => {
    fc.assert(
      fc.property(fc.array(markChars, { maxLength: 200 }).map((a) => a.join('')), (md) => {
        expect(stripMarkdown(md).length).toBeLessThanOrEqual(md.length)
      }),
      { numRuns: 1000 },
    )
    fc.assert(fc.property(fc.string({ maxLength: 200 }).filter((s) => !/[[\]()!*_~`#>+\-]/.test(s)), (s) => {
        expect(stripMarkdown(s)).toBe(s)
      }),
    )
  })

  it('does work linear in the input on adversarial lines (steps counted, not seconds)', () => {
    fc.assert(
      fc.property(fc.array(adversarial, { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (parts, times) => {
        const md = parts.join('').repeat(times)
        expect(steps(md)).toBeLessThanOrEqual(20 * (md.length + 1))
      }),
      { numRuns: 300 },
    )
  })

  it('ten times the input is at most ten times the work', () => {
    for (const unit of ['[a](', '![a](', '**a', '*a', '`a', '~~a', '[a](b)**c** ', ' #']) {
      const small = unit.repeat(4_000)
      const large = unit.repeat(40_000)
      const ratio = steps(large) / steps(small)
      console.log(`stripMarkdown steps, ${JSON.stringify(unit)} × 4k → × 40k: ${steps(small)} → ${steps(large)} (× ${ratio.toFixed(2)})`)
      expect(ratio).toBeLessThan(10.5)
    }
  })
})

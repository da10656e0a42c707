import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import { decodeText } from '../../../../src-main/services/decode-text'

const seed = readFileSync(fileURLToPath(new URL('../../../../resources/sample/yulin-2024-government-work-report.txt', import.meta.url)), 'utf8')

function checkShape(text: string): void {
  const r = analyzeReportText(text)
  expect(typeof r.title).toBe('string')
  for (const m of r.metrics) {
    expect(m.start).toBeGreaterThanOrEqual(0)
    expect(m.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(m.start, m.end)).toBe(m.quote)
    expect(Number.isFinite(m.value)).toBe(true)
    if (m.high !== null) expect(Number.isFinite(m.high)).toBe(true)
  }
}

const genreChars = fc.constantFrom(
  ...'一二三四五六七八九十、（）()1234567890１２３．.％%，。；：\n 　增长下降达亿元万人个百分点第排全区以上左右超年均分别和“”《》—-'.split(''),
)

describe('analyzeReportText never throws and always ends', () => {
  it('random Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkShape(s)), { numRuns: 300 })
  })
  it('random strings made of the genre’s characters', () => {
    fc.assert(fc.property(fc.array(genreChars, { maxLength: 600 }).map((a) => a.join('')), (s) => checkShape(s)), {
      numRuns: 300,
    })
  })
  it('random bytes through decodeText and analyze', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        let text: string
        try {
          text = decodeText(bytes).text
        } catch (error) {
          expect((error as { code?: string }).code).toBe('binary')
          return
        }
        checkShape(text)
      }),
      { numRuns: 300 },
    )
  })
  it('a number of 309 or more digits is never Infinity', () => {
    const huge = '9'.repeat(400)
    checkShape(`全市生产总值达到${huge}亿元，增长${huge}%，居全国第${huge}位，由${huge}元增加到${huge}元。`)
  })
  it('a 1 MB single line and deeply nested numbering', () => {
    const line = seed.replace(/\n+/g, '').repeat(Math.ceil(1_000_000 / seed.length)).slice(0, 1_000_000)
    checkShape(line)
    const digits = '增长5%'.repeat(200_000)
    checkShape(digits)
    const nested: string[] = []
    for (let i = 0; i < 5000; i++) nested.push(['一、甲', '（一）乙。增长1%', '1.丙', '（1）丁。3个'][i % 4] as string)
    const r = analyzeReportText(nested.join('\n'))
    expect(r.sections.length).toBe(1250)
    // A guard against hanging, not a clock: three inputs of ~1 MB take 5–13 s alone and more on a busy machine.
  }, 180_000)
})

/** Work done, counted without a clock: String.prototype method calls made by the analysis. */
function countOps(run: () => void): number {
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
  const names = ['slice', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'replace', 'charCodeAt']
  const saved = names.map((n) => proto[n] as (...args: unknown[]) => unknown)
  let ops = 0
  names.forEach((n, k) => {
    const orig = saved[k] as (...args: unknown[]) => unknown
    proto[n] = function (this: unknown, ...args: unknown[]) {
      ops++
      return orig.apply(this, args)
    }
  })
  try {
    run()
  } finally {
    names.forEach((n, k) => {
      proto[n] = saved[k] as (...args: unknown[]) => unknown
    })
  }
  return ops
}

describe('work grows about linearly', () => {
  const variants = (times: number): string => {
    const parts: string[] = []
    for (let k = 0; k < times; k++) parts.push(seed.replace(/\d+(\.\d+)?/g, (d) => String(Number(d) + k)))
    return parts.join('\n')
  }
  it('10× the report costs at most ~12× the operations', () => {
    const one = countOps(() => analyzeReportText(variants(1)))
    const ten = countOps(() => analyzeReportText(variants(10)))
    console.log(`ops: 1× ${one}, 10× ${ten}, ratio ${(ten / one).toFixed(2)}`)
    expect(ten / one).toBeLessThan(12)
  })
  it('a single line without stops: 10× the length costs at most ~12× the operations', () => {
    const unit = '工业投资总量完成921亿元、年均增长11.1%，排全区第2，新增企业108家'.repeat(50)
    const one = countOps(() => analyzeReportText(unit))
    const ten = countOps(() => analyzeReportText(unit.repeat(10)))
    console.log(`single-line ops: 1× ${one}, 10× ${ten}, ratio ${(ten / one).toFixed(2)}`)
    expect(ten / one).toBeLessThan(12)
  })
})

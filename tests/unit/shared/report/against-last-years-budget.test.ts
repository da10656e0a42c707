import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** `label=value+unit` of the plan part of a report of 2026. */
const plan = (paragraph: string) =>
  analyzeReportText(`二、2026年工作安排\n${paragraph}\n`).metrics.map((m) => `${m.label}=${m.value}${m.unit}@${m.period}`)

describe('a figure against last year\'s budget', () => {
  it('is a change of the figure before it, negative when lower', () => {
    expect(plan('今年赤字率拟按3.2%安排，比去年预算高0.3个百分点；赤字规模5.1万亿元，比上年预算增加4600亿元。')).toEqual([
      '赤字率=3.2%@2026 target',
      '赤字率=0.3个百分点@2026 target',
      '赤字规模=5.1万亿元@2026 target',
      '赤字规模=4600亿元@2026 target',
    ])
    expect(plan('今年赤字率拟按2.5%安排，比去年预算低0.5个百分点。')).toEqual([
      '赤字率=2.5%@2026 target',
      '赤字率=-0.5个百分点@2026 target',
    ])
  })
})

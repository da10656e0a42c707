import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const labels = (sentence: string) => analyzeReportText(`一、2018年工作回顾\n${sentence}\n`).metrics.map((m) => `${m.label}=${m.value}${m.unit}`)

describe('a build action is taken off a label only where it ends a word', () => {
  it('新建设施… is 新建 + 设施…, never 新建设 + 施…', () => {
    expect(labels('新建设施大棚2400亩。')).toEqual(['新建设施大棚=2400亩'])
    expect(labels('全年新建设施农业园区12个。')).toEqual(['新建设施农业园区=12个'])
    expect(labels('新建养殖小区8个、设施果园3000亩。')).toContain('新建设施果园=3000亩')
  })
  it('still takes 建设 off what was built', () => {
    expect(labels('建设湖羊养殖基地6个。')).toEqual(['湖羊养殖基地=6个'])
  })
})

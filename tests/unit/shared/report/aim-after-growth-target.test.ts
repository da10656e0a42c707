import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

const shown = (text: string) =>
  analyzeReportText(text).metrics.map((m) => `${m.label}=${m.value}${m.unit} ${m.kind}@${m.period}/${m.confidence.level}`)

const head = '某市2016年政府工作报告\n——2016年1月8日在某市第四届人民代表大会第五次会议上\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n'

describe('a higher aim after a growth target (`争取达到6%`)', () => {
  const plan = (aim: string) =>
    head + '一、2015年工作回顾\n\n全市生产总值增长5%。\n\n二、2016年工作安排\n\n' + `主要预期目标是：地区生产总值增长5.5%以上，${aim}；一般公共预算收入增长4%。\n`

  it.each(['争取达到6%', '力争达到6%', '争取实现6%'])('is a growth of the same indicator, not a share: %s', (aim) => {
    const figures = shown(plan(aim))
    expect(figures).toContain('地区生产总值=5.5% growth@2016 target/high')
    expect(figures).toContain('地区生产总值=6% growth@2016 target/high')
  })

  it('keeps a level reached after a level as a share (城镇化率达到61%，力争达到62%)', () => {
    const figures = shown(head + '一、2015年工作回顾\n\n全市生产总值增长5%。\n\n二、2016年工作安排\n\n常住人口城镇化率达到61%，力争达到62%。\n')
    expect(figures).toContain('常住人口城镇化率=62% share@2016 target/high')
  })

  it.each(['工作目标力争增长6%左右', '奋斗目标争取增长6%', '实际工作中力争达到6%'])('gives an aim named for the work (%s) to the indicator just set', (aim) => {
    const figures = shown(plan(aim))
    expect(figures).toContain('地区生产总值=5.5% growth@2016 target/high')
    expect(figures).toContain('地区生产总值=6% growth@2016 target/high')
    expect(figures.some((f) => f.startsWith('工作目标') || f.startsWith('奋斗目标'))).toBe(false)
  })
})

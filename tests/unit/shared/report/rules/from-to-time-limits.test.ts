import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.period])

/** Time limits cut from one level to another (rules/from-to.ts; the unit written short in metrics.ts; 去年 in period.ts). */
describe('rule: from-to, time limits of public services', () => {
  it('reads a unit one end writes short (由85个压缩至45个工作日, 由5个工作日压缩到1个) as the unit of the other', () => {
    expect(view('二、2025年工作安排', '将工程建设项目审批时限由85个压缩至45个工作日，企业注销办理时间由5个工作日压缩到1个。')).toEqual([
      ['工程建设项目审批时限', 85, '个工作日', '2024'],
      ['工程建设项目审批时限', 45, '个工作日', '2025 target'],
      ['企业注销办理时间', 5, '个工作日', '2024'],
      ['企业注销办理时间', 1, '个工作日', '2025 target'],
    ])
  })

  it('reads 压至 as a cut to a level, and 去年 between 由 and the first level as its date, not the clause’s', () => {
    expect(view('二、2025年工作安排', '把不动产登记时间由去年8个工作日压至3个，水电气报装由12个工作日压至6个。')).toEqual([
      ['不动产登记时间', 8, '个工作日', '2024'],
      ['不动产登记时间', 3, '个工作日', '2025 target'],
      ['水电气报装', 12, '个工作日', '2024'],
      ['水电气报装', 6, '个工作日', '2025 target'],
    ])
  })

  it('reads how a level is taken (平均, 最短) and an undated past (原来的, 过去的) out of the label', () => {
    const found = figures('企业开办时间由平均15个工作日缩短到4个工作日，社会投资项目审批由原来的120个工作日压缩至40个工作日，验收时限由过去的60个工作日压缩到平均9个工作日。')
    expect(found.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['企业开办时间', 15, '个工作日'],
      ['企业开办时间', 4, '个工作日'],
      ['社会投资项目审批', 120, '个工作日'],
      ['社会投资项目审批', 40, '个工作日'],
      ['验收时限', 60, '个工作日'],
      ['验收时限', 9, '个工作日'],
    ])
    // The level reached is the year's; an undated old level is flagged, never dated by a guess.
    expect(found.filter((m) => m.value === 40 || m.value === 9).map((m) => m.period)).toEqual(['2024', '2024'])
    expect(found.filter((m) => m.value === 120 || m.value === 60).map((m) => m.confidence.level)).toEqual(['low', 'low'])
  })

  it('leaves a bound before the first level (从约) on that level, not on the one reached', () => {
    expect(figures('竣工验收时限从约90个工作日压缩到平均6.5个工作日。').map((m) => [m.value, m.qualifier])).toEqual([
      [90, '约'],
      [6.5, null],
    ])
  })

  it('still reads 去年 heading a clause as the clause’s date', () => {
    expect(view('二、2025年工作安排', '去年，全市新增市场主体3.2万户。')).toEqual([['新增市场主体', 3.2, '万户', '2024']])
  })
})

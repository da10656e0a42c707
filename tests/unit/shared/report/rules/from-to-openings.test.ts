import { describe, expect, it } from 'vitest'
import { figures } from '../figures'

const view = (...body: string[]) => figures(...body).map((m) => [m.label, m.value, m.unit, m.period])

/** What may stand between 从/由 and a change's first level, and how its values may be listed (rules/from-to.ts). */
describe('rule: from-to, what opens the first level', () => {
  it('reads a bound before the first level (从不到, 由不足) as no part of the subject, and the change as two levels', () => {
    expect(view('一、过去五年工作回顾', '五年来，全市经济总量从不到900亿元增加到1500亿元，森林覆盖率由不足40%提高到52%。')).toEqual([
      ['经济总量', 900, '亿元', '2019'],
      ['经济总量', 1500, '亿元', '2024'],
      ['森林覆盖率', 40, '%', '2019'],
      ['森林覆盖率', 52, '%', '2024'],
    ])
  })

  it('reads a per-mu or per-school-year base (从每亩, 从每人每学年) out of the label', () => {
    expect(view('二、2025年工作安排', '将公益林补偿标准从每亩18元提高到21元，学生营养餐补助从每人每学年800元提高到1000元。').map((v) => v[0])).toEqual([
      '公益林补偿标准',
      '公益林补偿标准',
      '学生营养餐补助',
      '学生营养餐补助',
    ])
  })

  it('reads spaces around the numbers (从 32.6 万人下降到 8.1 万人) as one change of the subject', () => {
    expect(view('一、过去五年工作回顾', '五年来，农村贫困人口从 32.6 万人下降到 8.1 万人。')).toEqual([
      ['农村贫困人口', 32.6, '万人', '2019'],
      ['农村贫困人口', 8.1, '万人', '2024'],
    ])
  })

  it('pairs values joined by 和 (分别从A和B提高到C和D) like values joined by 、, a 城乡 subject giving 城镇 and 农村', () => {
    expect(view('一、过去五年工作回顾', '五年来，城乡低保标准分别从520元和300元提高到780元和560元。')).toEqual([
      ['城镇低保标准', 520, '元', '2019'],
      ['农村低保标准', 300, '元', '2019'],
      ['城镇低保标准', 780, '元', '2024'],
      ['农村低保标准', 560, '元', '2024'],
    ])
  })

  it('reads the verbs of a widening (拓展, 扩展, 扩容) and of a slide (下滑) between the two levels', () => {
    expect(view('一、过去五年工作回顾', '五年来，产业园区规划面积从15.6万亩扩展至28万亩。')).toEqual([
      ['产业园区规划面积', 15.6, '万亩', '2019'],
      ['产业园区规划面积', 28, '万亩', '2024'],
    ])
    expect(view('一、过去五年工作回顾', '五年来，城市规划区范围由460平方公里扩容到1300平方公里。')).toEqual([
      ['城市规划区范围', 460, '平方公里', '2019'],
      ['城市规划区范围', 1300, '平方公里', '2024'],
    ])
    expect(view('一、过去五年工作回顾', '五年来，老城区建成面积从8平方公里拓展到21平方公里。').map(([, v]) => v)).toEqual([8, 21])
  })

  it('reads a peak or trough (从最高, 由最低) before the first level, and 去年的 before the second, as no part of the subject', () => {
    const got = figures('一、过去五年工作回顾', '五年来，负债率从最高68%下滑到去年的41%。')
    expect(got.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['负债率', 68, '%'],
      ['负债率', 41, '%'],
    ])
    // The peak is dated to no year: its period is a guess, checked before a slide shows it.
    expect(got[0]?.confidence.reasons).toContain('period-inferred')
  })
})

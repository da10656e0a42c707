import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../src-shared/report/analyze'

/** The parts and their subsections' titles of a report of 2025 whose body is the given lines. */
function parts(...lines: string[]): [string, string[]][] {
  const text = ['2025年1月8日某市第五届人民代表大会第三次会议', '某市市长 某某', '各位代表:', ...lines].join('\n')
  return analyzeReportText(text).sections.map((s) => [s.title, s.children.map((c) => c.title)])
}

describe('long lead sentences written without their full stop, alone on their lines', () => {
  it('head the parts of a review when they come in a parallel series (一年来，我们坚持…, no stop)', () => {
    expect(
      parts(
        '2024年工作回顾',
        '过去一年，全市地区生产总值增长6.1%。',
        '一年来，我们坚持项目为王、招大引强，产业发展的根基不断夯实',
        '工业经济稳中有进。新开工亿元以上项目82个。',
        '一年来，我们坚持城乡统筹、以城带乡，城市的承载能力持续增强',
        '城市更新有序推进。改造老旧小区35个。',
        '一年来，我们坚持民生为本、共建共享，群众的幸福感明显提升',
        '就业保持稳定。城镇新增就业2.1万人。',
        '2025年工作安排',
        '全市地区生产总值增长6%左右。',
      ),
    ).toEqual([
      [
        '2024年工作回顾',
        [
          '一年来，我们坚持项目为王、招大引强，产业发展的根基不断夯实',
          '一年来，我们坚持城乡统筹、以城带乡，城市的承载能力持续增强',
          '一年来，我们坚持民生为本、共建共享，群众的幸福感明显提升',
        ],
      ],
      ['2025年工作安排', []],
    ])
  })

  it('stay paragraphs when alone, or when they open differently', () => {
    expect(
      parts(
        '2024年工作回顾',
        '一年来，我们坚持项目为王、招大引强，产业发展的根基不断夯实',
        '工业经济稳中有进。新开工亿元以上项目82个。',
        '回顾过去，我们坚持城乡统筹、以城带乡，城市的承载能力持续增强',
        '城市更新有序推进。改造老旧小区35个。',
        '2025年工作安排',
        '全市地区生产总值增长6%左右。',
      ),
    ).toEqual([
      ['2024年工作回顾', []],
      ['2025年工作安排', []],
    ])
  })
})

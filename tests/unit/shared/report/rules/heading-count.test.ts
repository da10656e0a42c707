import { describe, expect, it } from 'vitest'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'

describe('rule: heading-count', () => {
  it('reads no count of the items under a numbered heading of an annex list', () => {
    const text = ['2025年某某市政府工作报告', '一、2024年工作回顾', '全年新增就业2万人。', '附件', '2025年民生实事', '一、稳定和扩大就业6件', '1.新增城镇就业3万人。', '（二）提升养老服务12项', '2.新建社区食堂30个。'].join('\n')
    expect(analyzeReportText(text).metrics.map((m) => `${m.value}${m.unit}`)).toEqual(['2万人', '3万人', '30个'])
  })
})

// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../../src-renderer/src/i18n'
import MetricTable from '../../../../src-renderer/src/components/report/MetricTable.vue'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import type { Section } from '../../../../src-shared/schemas/report'

const report = analyzeReportText(
  ['2025年某某市政府工作报告', '一、2024年工作回顾', '全市地区生产总值增长5.6%，一般公共预算收入增长4%。发放资金12亿元，其中企业3亿元。', '二、2025年工作安排', '地区生产总值增长6%左右。'].join('\n'),
)
const sections = new Map<string, Section>(report.sections.map((s) => [s.id, s]))

function table(metrics = report.metrics) {
  return mount(MetricTable, {
    props: { metrics, sections, topSections: report.sections, focusedId: null, readOnly: false },
    global: { plugins: [i18n] },
  })
}

describe('MetricTable', () => {
  it('marks the figures to check with 待核对 and their reasons, and filters them', async () => {
    const t = table()
    const badges = t.findAll('[data-testid="to-check"]')
    expect(badges).toHaveLength(1)
    expect(badges[0]!.text()).toBe('待核对')
    expect(badges[0]!.attributes('title')).toBe('名称可能不完整')
    await t.find('[data-testid="filter-check"]').setValue(true)
    expect(t.findAll('[data-testid="metric-row"]').map((r) => r.find('.row-link').text())).toEqual(['企业'])
  })

  it('filters by standard indicator, offering only those the report measures', async () => {
    const t = table()
    const options = t.findAll('[data-testid="filter-indicator"] option').map((o) => o.text())
    expect(options).toEqual(['全部', '地区生产总值', '一般公共预算收入'])
    await t.find('[data-testid="filter-indicator"]').setValue('gdp')
    expect(t.findAll('[data-testid="metric-row"] .value').map((v) => v.text())).toEqual(['5.6%', '6%左右'])
  })

  it('drops the badge once a person has edited or pinned the figure', () => {
    const t = table(report.metrics.map((m) => (m.label === '企业' ? { ...m, pinned: true } : m)))
    expect(t.findAll('[data-testid="to-check"]')).toHaveLength(0)
  })
})

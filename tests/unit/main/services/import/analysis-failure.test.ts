import { afterEach, describe, expect, it, vi } from 'vitest'
import { readPastedText } from '../../../../../src-main/services/import/read-report'
import { analyzeReportText } from '../../../../../src-shared/report/analyze'

// A fault inside the parser, as an edit that leaves an undefined name would cause.
vi.mock('../../../../../src-shared/report/metrics', () => ({
  extractMetrics: () => {
    throw new Error('a fault in the figure rules')
  },
}))

const TEXT = '政府工作报告\n各位代表：\n一、过去一年的工作\n全市地区生产总值增长5.2%。\n'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a fault of the parser', () => {
  it('keeps the report as text and tells whoever asked', () => {
    const heard: unknown[] = []
    const analysis = analyzeReportText(TEXT, (e) => heard.push(e))
    expect(analysis.metrics).toEqual([])
    expect(analysis.sections).toEqual([])
    expect(heard).toHaveLength(1)
    expect(String(heard[0])).toContain('a fault in the figure rules')
  })

  it('never loses the import, and is logged rather than silent', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const report = readPastedText(TEXT, '某市政府工作报告')
    expect(report.text).toBe(TEXT)
    expect(report.title).toBe('某市政府工作报告')
    expect(report.metrics).toEqual([])
    expect(logged).toHaveBeenCalledTimes(1)
    expect(String(logged.mock.calls[0]?.[1])).toContain('a fault in the figure rules')
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError } from '@shared/errors'
import { analyzeReportText } from '@shared/report/analyze'
import { REPORT_VERSION, type ReportDoc } from '@shared/schemas/report'

const api = { getReport: vi.fn(), saveReport: vi.fn() }
vi.mock('../../../../src-renderer/src/bridge', () => ({ useApi: () => api }))
const { useReportStore, REPORT_AUTOSAVE_MS } = await import('../../../../src-renderer/src/stores/report')

function doc(): ReportDoc {
  const text = '某市政府工作报告\n\n一、2023年工作回顾\n\n全市地区生产总值增长5.1%，城镇新增就业3.1万人。\n'
  const a = analyzeReportText(text)
  return {
    schema: 'huibao.report',
    version: REPORT_VERSION,
    id: 'r-1',
    revision: 4,
    updatedAt: '2024-01-01T00:00:00.000Z',
    title: a.title,
    year: a.year,
    place: a.place,
    source: { fileName: 'x.txt', format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' },
    text,
    sections: a.sections,
    metrics: a.metrics,
  }
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
  api.getReport.mockReset().mockResolvedValue({ report: doc(), readOnly: false })
  api.saveReport.mockReset().mockResolvedValue({ revision: 5, updatedAt: '2024-01-02T00:00:00.000Z' })
})
afterEach(() => vi.useRealTimers())

describe('report store', () => {
  it('saves metric edits once, after the last edit, on the revision it loaded', async () => {
    const store = useReportStore()
    await store.load('r-1')
    const [first, second] = store.report!.metrics
    store.updateMetric(first!.id, { label: 'GDP', value: 5.2 })
    store.deleteMetric(second!.id)
    expect(store.dirty).toBe(true)
    await vi.advanceTimersByTimeAsync(REPORT_AUTOSAVE_MS - 1)
    expect(api.saveReport).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(api.saveReport).toHaveBeenCalledTimes(1)
    const { report, baseRevision } = api.saveReport.mock.calls[0]![0]
    expect(baseRevision).toBe(4)
    expect(report.metrics).toHaveLength(1)
    expect(report.metrics[0]).toMatchObject({ label: 'GDP', value: 5.2, edited: true })
    expect(store.dirty).toBe(false)
  })

  it('an edit or a pin confirms a figure the parser was unsure of', async () => {
    const store = useReportStore()
    await store.load('r-1')
    const id = store.report!.metrics[0]!.id
    store.report!.metrics[0]!.confidence = { level: 'low', reasons: ['label-vague'] }
    store.updateMetric(id, { pinned: true })
    expect(store.report!.metrics[0]!.confidence).toEqual({ level: 'high', reasons: [] })
  })

  it('stops writing after a conflict, and says why', async () => {
    api.saveReport.mockRejectedValue(new ApiError('conflict', '报告已在别处修改'))
    const store = useReportStore()
    await store.load('r-1')
    store.updateMetric(store.report!.metrics[0]!.id, { pinned: true })
    expect(await store.flush()).toBe(false)
    expect(store.conflict).toContain('别处修改')
    store.updateMetric(store.report!.metrics[0]!.id, { pinned: false })
    await vi.advanceTimersByTimeAsync(REPORT_AUTOSAVE_MS)
    expect(api.saveReport).toHaveBeenCalledTimes(1)
  })

  it('does not edit a read-only report', async () => {
    api.getReport.mockResolvedValue({ report: doc(), readOnly: true })
    const store = useReportStore()
    await store.load('r-1')
    store.deleteMetric(store.report!.metrics[0]!.id)
    expect(store.report!.metrics).toHaveLength(2)
    expect(store.dirty).toBe(false)
  })
})

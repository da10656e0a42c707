import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ItemSummary } from '@shared/api'
import { REPORT_VERSION, type ReportDoc } from '@shared/schemas/report'
import { sampleReportContent } from '../../../helpers/docs'

const api = { getReport: vi.fn(), saveReport: vi.fn(), listLibrary: vi.fn(), draftBriefing: vi.fn() }
vi.mock('../../../../src-renderer/src/bridge', () => ({ useApi: () => api }))
const { useReportCacheStore } = await import('../../../../src-renderer/src/stores/report-cache')
const { useReportStore } = await import('../../../../src-renderer/src/stores/report')
const { useLibraryStore } = await import('../../../../src-renderer/src/stores/library')
const { useSaveStatusStore } = await import('../../../../src-renderer/src/stores/save-status')

function report(id: string, updatedAt = '2024-01-01T00:00:00.000Z'): ReportDoc {
  return { ...sampleReportContent(`报告 ${id}`), schema: 'huibao.report', version: REPORT_VERSION, id, revision: 1, updatedAt } as ReportDoc
}
const summary = (r: ReportDoc, updatedAt = r.updatedAt): ItemSummary => ({ kind: 'report', id: r.id, title: r.title, revision: 1, updatedAt, readOnly: false, size: 0 })
const emptyLibrary = { reports: [], briefings: [], damaged: [], trash: [] }

beforeEach(() => {
  setActivePinia(createPinia())
  for (const fn of Object.values(api)) fn.mockReset()
  api.getReport.mockImplementation(async ({ id }: { id: string }) => ({ report: report(id), readOnly: false }))
  api.listLibrary.mockResolvedValue(emptyLibrary)
})

describe('report cache', () => {
  it('reads a report once, however many ask at the same time or later', async () => {
    const cache = useReportCacheStore()
    const [a, b] = await Promise.all([cache.get('r-1'), cache.get('r-1')])
    expect(a).toBe(b)
    expect(await cache.getMany(['r-1', 'r-2'])).toHaveLength(2)
    expect(api.getReport.mock.calls.map((c) => c[0].id)).toEqual(['r-1', 'r-2'])
  })

  it('a failed read is not cached: the next ask reads again', async () => {
    const cache = useReportCacheStore()
    api.getReport.mockRejectedValueOnce(new Error('读不到'))
    await expect(cache.get('r-1')).rejects.toThrow('读不到')
    expect((await cache.get('r-1')).id).toBe('r-1')
    expect(api.getReport).toHaveBeenCalledTimes(2)
  })

  it('holds the report view’s edits at once, so the editor never builds a slide from an outdated copy', async () => {
    const cache = useReportCacheStore()
    const open = useReportStore()
    await open.load('r-1')
    api.getReport.mockClear()
    const before = await cache.get('r-1')
    expect(api.getReport).not.toHaveBeenCalled()
    open.addMetric({ ...metric(), id: 'm-new' })
    const after = await cache.get('r-1')
    expect(after).not.toBe(before)
    expect(after.metrics.map((m) => m.id)).toContain('m-new')
  })

  it('drops a copy whose file the library lists as changed or gone', async () => {
    const cache = useReportCacheStore()
    const a = await cache.get('r-1')
    const b = await cache.get('r-2')
    cache.reconcile([summary(a), summary(b, '2025-01-01T00:00:00.000Z')])
    expect([...cache.reports.keys()]).toEqual(['r-1'])
    cache.reconcile([])
    expect(cache.reports.size).toBe(0)
  })
})

describe('library: the one draft flow', () => {
  it('saves the open report’s edits first, drafts, shows the write, and refreshes the list', async () => {
    const order: string[] = []
    api.saveReport.mockImplementation(async () => (order.push('save report'), { revision: 2, updatedAt: 'x' }))
    api.draftBriefing.mockImplementation(async () => (order.push('draft'), { kind: 'briefing', id: 'b-1', title: '初稿', revision: 1, updatedAt: 'x', readOnly: false, size: 9 }))
    api.listLibrary.mockImplementation(async () => (order.push('list'), emptyLibrary))
    const open = useReportStore()
    await open.load('r-1')
    open.addMetric({ ...metric(), id: 'm-new' })
    const drafted = await useLibraryStore().draft('r-1')
    expect(drafted.id).toBe('b-1')
    expect(order).toEqual(['save report', 'draft', 'list'])
    expect(api.draftBriefing).toHaveBeenCalledWith({ reportId: 'r-1' })
    expect(useSaveStatusStore().state).toBe('saved')
  })

  it('a refused draft shows 保存失败 and throws its sentence', async () => {
    api.draftBriefing.mockRejectedValue(new Error('报告里没有可用的章节'))
    await expect(useLibraryStore().draft('r-9')).rejects.toThrow('报告里没有可用的章节')
    expect(useSaveStatusStore().state).toBe('failed')
  })
})

function metric() {
  return { id: 'm', label: '地区生产总值', value: 5.1, unit: '%', kind: 'growth', qualifier: null, period: '2023', quote: '增长5.1%', sectionId: null, start: 0, end: 1 } as unknown as ReportDoc['metrics'][number]
}

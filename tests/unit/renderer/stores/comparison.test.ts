import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { analyzeReportText } from '@shared/report/analyze'
import { REPORT_VERSION, type ReportDoc } from '@shared/schemas/report'

const api = { getReport: vi.fn(), saveReport: vi.fn(), listLibrary: vi.fn() }
vi.mock('../../../../src-renderer/src/bridge', () => ({ useApi: () => api }))
const { useComparisonStore } = await import('../../../../src-renderer/src/stores/comparison')
const { REPORT_AUTOSAVE_MS } = await import('../../../../src-renderer/src/stores/report')

function doc(id: string, file: string, place?: string): ReportDoc {
  const text = readFileSync(`tests/fixtures/corpus/${file}`, 'utf8')
  const a = analyzeReportText(text)
  return {
    schema: 'huibao.report',
    version: REPORT_VERSION,
    id,
    revision: 1,
    updatedAt: '2024-01-01T00:00:00.000Z',
    title: file,
    year: a.year,
    place: place ?? a.place,
    source: { fileName: file, format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' },
    text,
    sections: a.sections,
    metrics: a.metrics,
  }
}

const docs = new Map<string, ReportDoc>()
const summary = (d: ReportDoc) => ({ kind: 'report', id: d.id, title: d.title, revision: 1, updatedAt: d.updatedAt, readOnly: false, size: d.metrics.length, year: d.year, place: d.place })

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
  docs.clear()
  for (const d of [doc('r-2016', 'county_hailaer_2016.txt'), doc('r-2017', 'county_hailaer_2017.txt'), doc('r-other', 'county_hailaer_2016.txt', '甘肃省')]) docs.set(d.id, d)
  api.getReport.mockReset().mockImplementation(async ({ id }: { id: string }) => ({ report: docs.get(id), readOnly: false }))
  api.saveReport.mockReset().mockResolvedValue({ revision: 2, updatedAt: '2024-01-02T00:00:00.000Z' })
  api.listLibrary.mockReset().mockResolvedValue({ reports: [...docs.values()].map(summary), briefings: [], damaged: [], foreign: [], trash: [], openElsewhere: [] })
})
afterEach(() => vi.useRealTimers())

describe('comparison store', () => {
  it('suggests last year’s report of the same place, and writes nothing until a person corrects something', async () => {
    const store = useComparisonStore()
    await store.open('r-2017', null)
    expect(store.previous?.id).toBe('r-2016')
    expect(store.doubts).toEqual([])
    expect(store.comparison?.year).toBe(2016)
    expect(store.choices[0]?.id).toBe('r-2016')
    await vi.advanceTimersByTimeAsync(REPORT_AUTOSAVE_MS * 2)
    expect(api.saveReport).not.toHaveBeenCalled()
  })

  it('saves a corrected status with the report, as the pair with last year’s report', async () => {
    const store = useComparisonStore()
    await store.open('r-2017', null)
    const gdp = store.comparison!.pairs.find((p) => p.indicator === 'gdp' && p.kind === 'growth')!
    expect(gdp.status).toBe('未完成')
    store.setStatus(gdp.id, '完成')
    expect(store.comparison!.pairs.find((p) => p.id === gdp.id)!.status).toBe('完成')
    expect(store.linked).toBe(true)
    await vi.advanceTimersByTimeAsync(REPORT_AUTOSAVE_MS)
    expect(api.saveReport).toHaveBeenCalledTimes(1)
    const saved = api.saveReport.mock.calls[0]![0].report as ReportDoc
    expect(saved.comparison).toEqual({ previousReportId: 'r-2016', overrides: [{ targetId: gdp.id, status: '完成', confirmed: true }] })
  })

  it('picks a result or none, leaves a target out, and goes back to the rule', async () => {
    const store = useComparisonStore()
    await store.open('r-2017', null)
    const retail = store.comparison!.pairs.find((p) => p.indicator === 'retail-sales')!
    store.setResult(retail.id, null)
    expect(store.comparison!.pairs.find((p) => p.id === retail.id)).toMatchObject({ result: null, status: '未报告' })
    store.setIncluded(retail.id, false)
    expect(store.comparison!.pairs.find((p) => p.id === retail.id)!.included).toBe(false)
    store.reset(retail.id)
    expect(store.comparison!.pairs.find((p) => p.id === retail.id)).toMatchObject({ included: true, status: '完成' })
    expect(store.current!.comparison!.overrides).toEqual([])
  })

  it('names what is doubtful about a report picked by hand, and links it only when the person says so', async () => {
    const store = useComparisonStore()
    await store.open('r-2017', 'r-other')
    expect(store.previous?.id).toBe('r-other')
    expect(store.doubts).toEqual(['两份报告不是同一地区的（甘肃省、海拉尔区）。'])
    expect(store.linked).toBe(false)
    store.link()
    expect(store.linked).toBe(true)
    expect(store.current!.comparison).toEqual({ previousReportId: 'r-other', overrides: [] })
  })
})

import { mkdtemp, rm } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../../../src-main/services/api-handlers'
import { previousReportOf } from '../../../../src-main/services/previous-report'
import { WorkspaceStore } from '../../../../src-main/services/workspace-store'
import { analyzeReportText } from '../../../../src-shared/report/analyze'
import type { ReportContent } from '../../../../src-shared/schemas/report'

function content(file: string): ReportContent {
  const text = readFileSync(new URL(`../../../fixtures/corpus/${file}`, import.meta.url), 'utf8')
  const a = analyzeReportText(text)
  return { id: 'r-new', title: file, year: a.year, place: a.place, source: { fileName: file, format: 'txt', encoding: 'UTF-8', sha256: '', importedAt: '' }, text, sections: a.sections, metrics: a.metrics }
}

let root: string
let store: WorkspaceStore
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'huibao-previous-'))
  store = new WorkspaceStore(root)
  await store.init()
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('last year’s report for a draft', () => {
  it('is the report of the same place for the year before, found in the library listing by its year and place', async () => {
    const h2016 = await store.create('report', content('county_hailaer_2016.txt'))
    await store.create('report', content('province_gansu_2026.txt'))
    const h2017 = await store.create('report', content('county_hailaer_2017.txt'))
    const listed = (await store.list()).reports.find((r) => r.id === h2016.id)
    expect(listed).toMatchObject({ year: 2016, place: '海拉尔区' })
    expect((await previousReportOf(store, h2017))?.id).toBe(h2016.id)
    expect(await previousReportOf(store, h2016)).toBeNull()
  })

  it('is the one the comparison names (even over last year’s of the place), and none when that one is gone', async () => {
    await store.create('report', content('county_hailaer_2016.txt'))
    const gansu = await store.create('report', content('province_gansu_2026.txt'))
    const h2017 = await store.create('report', { ...content('county_hailaer_2017.txt'), comparison: { previousReportId: gansu.id, overrides: [] } })
    expect((await previousReportOf(store, h2017))?.id).toBe(gansu.id)
    await store.moveToTrash('report', gansu.id)
    expect(await previousReportOf(store, h2017)).toBeNull()
  })

  it('puts 目标完成情况 in the one-click draft, with both reports named', async () => {
    const h2016 = await store.create('report', content('county_hailaer_2016.txt'))
    const h2017 = await store.create('report', content('county_hailaer_2017.txt'))
    const api = createApiHandlers({ store, exportQueue: {} as never, version: 'test', mode: 'web' })
    const summary = await api.draftBriefing({ reportId: h2017.id })
    const { doc } = await store.read('briefing', summary.id)
    expect(doc.reportIds).toEqual([h2017.id, h2016.id])
    expect(doc.slides.some((s) => s.layout === 'targets' && s.title.startsWith('2016年目标完成情况'))).toBe(true)
    // The older report has no previous one: its draft has none.
    const older = await store.read('briefing', (await api.draftBriefing({ reportId: h2016.id })).id)
    expect(older.doc.slides.some((s) => s.layout === 'targets')).toBe(false)
  })
})

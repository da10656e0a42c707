import { mkdtemp, rm } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createExportQueue, exportWorkerFor } from '../../../../src-main/services/export-queue/queue'
import { createApiHandlers } from '../../../../src-main/services/api-handlers'
import { readPastedText } from '../../../../src-main/services/import/read-report'
import { WorkspaceStore } from '../../../../src-main/services/workspace-store'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'huibao-draft-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('生成汇报初稿 through the api', () => {
  it('names a re-draft by its number, never as an existing briefing', async () => {
    const store = new WorkspaceStore(root)
    await store.init()
    const exportQueue = createExportQueue(exportWorkerFor(import.meta.url))
    const api = createApiHandlers({ store, exportQueue, version: 'test', mode: 'web' })
    const text = readFileSync('resources/sample/yulin-2024-government-work-report.txt', 'utf8')
    const report = await store.create('report', readPastedText(text))
    const titles: string[] = []
    for (let i = 0; i < 3; i++) titles.push((await api.draftBriefing({ reportId: report.id })).title)
    expect(titles).toEqual(['2024年政府工作报告', '2024年政府工作报告（2）', '2024年政府工作报告（3）'])
    const listed = (await api.listLibrary({})).briefings.map((b) => b.title).sort()
    expect(listed).toEqual([...titles].sort())
    // The cover still shows the report's own title.
    const { briefing } = await api.getBriefing({ id: (await api.listLibrary({})).briefings[0]!.id })
    expect(briefing.slides[0]).toMatchObject({ layout: 'cover', title: '2024年政府工作报告' })
    await exportQueue.close(0)
  })
})

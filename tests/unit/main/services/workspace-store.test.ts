import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src-shared/errors'
import { REPORT_VERSION } from '../../../../src-shared/schemas/report'
import { BACKUPS_KEPT, WorkspaceStore } from '../../../../src-main/services/workspace-store'
import { sampleBriefingContent, sampleReportContent } from '../../../helpers/docs'

let root: string
let store: WorkspaceStore

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'huibao-store-'))
  store = new WorkspaceStore(root)
  await store.init()
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error.code
    throw error
  }
  return 'no error'
}

describe('WorkspaceStore', () => {
  it('creates a readable JSON file per document with the envelope fields', async () => {
    const doc = await store.create('report', sampleReportContent('政府工作报告'))
    const raw = JSON.parse(await readFile(join(root, 'reports', `${doc.id}.json`), 'utf8'))
    expect(raw).toMatchObject({ schema: 'huibao.report', version: REPORT_VERSION, id: doc.id, revision: 1, title: '政府工作报告' })
    expect(typeof raw.updatedAt).toBe('string')
    const library = await store.list()
    expect(library.reports.map((r) => r.title)).toEqual(['政府工作报告'])
  })

  it('saves with the revision it was based on and refuses a stale save', async () => {
    const doc = await store.create('briefing', sampleBriefingContent())
    const first = await store.save('briefing', { ...doc, title: '第二版' }, 1)
    expect(first.revision).toBe(2)
    expect(await codeOf(store.save('briefing', { ...doc, title: '基于旧版' }, 1))).toBe('conflict')
    const { doc: onDisk } = await store.read('briefing', doc.id)
    expect(onDisk.title).toBe('第二版')
  })

  it('keeps the previous revisions in .backup, at most BACKUPS_KEPT', async () => {
    let doc = await store.create('report', sampleReportContent())
    for (let i = 0; i < BACKUPS_KEPT + 5; i++) {
      const saved = await store.save('report', { ...doc, title: `第${i}版` }, doc.revision)
      doc = { ...doc, ...saved, title: `第${i}版` }
    }
    const backups = await readdir(join(root, '.backup', 'reports', doc.id))
    expect(backups).toHaveLength(BACKUPS_KEPT)
    const newest = JSON.parse(await readFile(join(root, '.backup', 'reports', doc.id, backups.sort().at(-1)!), 'utf8'))
    expect(newest.revision).toBe(doc.revision - 1)
  })

  it('lists a damaged file with its name and reason, never overwrites it, and restores the last good backup', async () => {
    const doc = await store.create('report', sampleReportContent('原标题'))
    await store.save('report', { ...doc, title: '改过的标题' }, 1)
    const file = join(root, 'reports', `${doc.id}.json`)
    await writeFile(file, '{"schema": "huibao.report", "title": "截断')
    const library = await store.list()
    expect(library.reports).toHaveLength(0)
    expect(library.damaged).toEqual([expect.objectContaining({ id: doc.id, fileName: `reports/${doc.id}.json`, backups: 1 })])
    expect(library.damaged[0]!.reason).toMatch(/JSON/)

    expect(await codeOf(store.read('report', doc.id))).toBe('damaged')
    expect(await codeOf(store.save('report', { ...doc, revision: 2 }, 2))).toBe('damaged')
    expect(await readFile(file, 'utf8')).toBe('{"schema": "huibao.report", "title": "截断')

    const restored = await store.restoreBackup('report', doc.id)
    expect(restored.title).toBe('原标题')
    const kept = await readdir(join(root, '.damaged', 'reports'))
    expect(await readFile(join(root, '.damaged', 'reports', kept[0]!), 'utf8')).toBe('{"schema": "huibao.report", "title": "截断')
    expect((await store.list()).damaged).toHaveLength(0)
  })

  it('lists a file that is valid JSON but the wrong shape as damaged', async () => {
    await writeFile(join(root, 'briefings', 'b-bad.json'), JSON.stringify({ schema: 'huibao.briefing', version: 1, id: 'b-bad', revision: 1, updatedAt: 'x', title: 3 }))
    const library = await store.list()
    expect(library.damaged[0]).toMatchObject({ id: 'b-bad', kind: 'briefing' })
    expect(library.damaged[0]!.reason).toContain('title')
  })

  it('opens a file written by a newer version read-only and refuses to save it', async () => {
    const doc = await store.create('briefing', sampleBriefingContent('来自新版本'))
    const file = join(root, 'briefings', `${doc.id}.json`)
    const raw = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...raw, version: 99, futureField: { a: 1 } }))
    const library = await store.list()
    expect(library.briefings[0]).toMatchObject({ id: doc.id, readOnly: true, title: '来自新版本' })
    const { readOnly } = await store.read('briefing', doc.id)
    expect(readOnly).toBe(true)
    expect(await codeOf(store.save('briefing', doc, raw.revision))).toBe('read-only')
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(99)
  })

  it('migrates a version-0 report on load without rewriting the file', async () => {
    const file = join(root, 'reports', 'r-old.json')
    const v0 = { schema: 'huibao.report', id: 'r-old', revision: 3, updatedAt: '2024-01-01T00:00:00.000Z', title: '旧报告', text: '正文' }
    await writeFile(file, JSON.stringify(v0))
    const { doc, readOnly } = await store.read('report', 'r-old')
    expect(readOnly).toBe(false)
    expect(doc).toMatchObject({ version: REPORT_VERSION, sections: [], metrics: [], title: '旧报告', text: '正文' })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(v0)
    const saved = await store.save('report', doc, 3)
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: REPORT_VERSION, revision: saved.revision })
  })

  it.each(['../../etc/passwd', '..', 'a/b', 'A-UPPER', '', '-leading', 'x'.repeat(65), 'r-ok\u0000', 'C:\\evil'])(
    'refuses the id %j before touching the disk',
    async (id) => {
      expect(await codeOf(store.read('report', id))).toBe('invalid-id')
      expect(await codeOf(store.moveToTrash('briefing', id))).toBe('invalid-id')
      expect(await codeOf(store.save('report', { ...(await store.create('report', sampleReportContent())), id }, 1))).toBe('invalid-id')
    },
  )

  it('moves a deleted document to the trash and restores it', async () => {
    const doc = await store.create('briefing', sampleBriefingContent('要删除的'))
    await store.moveToTrash('briefing', doc.id)
    let library = await store.list()
    expect(library.briefings).toHaveLength(0)
    expect(library.trash).toEqual([expect.objectContaining({ id: doc.id, kind: 'briefing', title: '要删除的' })])
    await store.restoreFromTrash('briefing', doc.id)
    library = await store.list()
    expect(library.briefings.map((b) => b.id)).toEqual([doc.id])
    expect(library.trash).toHaveLength(0)
  })

  it('renames and duplicates', async () => {
    const doc = await store.create('report', sampleReportContent('原名'))
    await store.rename('report', doc.id, '新名')
    const copy = await store.duplicate('report', doc.id)
    expect(copy.id).not.toBe(doc.id)
    expect(copy.title).toBe('新名（副本）')
    expect((await store.read('report', doc.id)).doc.revision).toBe(2)
  })

  it('lists what is on disk now, even when another process changed a file since the last listing', async () => {
    const doc = await store.create('report', sampleReportContent('第一版'))
    expect((await store.list()).reports[0]!.title).toBe('第一版')
    const file = join(root, 'reports', `${doc.id}.json`)
    const raw = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...raw, title: '别处改过的标题', revision: 2 }))
    expect((await store.list()).reports[0]!.title).toBe('别处改过的标题')
    await writeFile(file, '{ 坏了')
    const library = await store.list()
    expect(library.reports).toHaveLength(0)
    expect(library.damaged[0]!.id).toBe(doc.id)
  })

  it('serialises concurrent saves to one file: exactly one of two saves on the same base wins', async () => {
    const doc = await store.create('report', sampleReportContent())
    const results = await Promise.allSettled([store.save('report', { ...doc, title: 'A' }, 1), store.save('report', { ...doc, title: 'B' }, 1)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected' && (r.reason as ApiError).code === 'conflict')).toHaveLength(1)
  })
})

describe('WorkspaceStore under SIGKILL', () => {
  it('leaves every file parseable, holding the old or the new content, after 50 kills mid-save', async () => {
    const doc = await store.create('report', sampleReportContent('v1', 'v1 '))
    // `node --import tsx` runs the script in this one process, so SIGKILL stops the writer itself.
    const script = join(process.cwd(), 'tests', 'helpers', 'save-loop.ts')
    let lastRevision = 1
    const ROUNDS = 50
    for (let round = 0; round < ROUNDS; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, root, doc.id], { stdio: ['ignore', 'pipe', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      // Kill after 1–4 acknowledged saves (counted, not timed): the next save is then under way.
      const wanted = 1 + (round % 4)
      const acknowledged = await new Promise<number>((resolve, reject) => {
        let count = 0
        createInterface({ input: child.stdout }).on('line', (line) => {
          const match = /^saved (\d+)$/.exec(line)
          if (match && ++count === wanted) resolve(Number(match[1]))
        })
        child.once('exit', (code) => reject(new Error(`save loop exited early (${code}): ${stderr}`)))
      })
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited

      const after = new WorkspaceStore(root)
      const { doc: onDisk } = await after.read('report', doc.id)
      // Old or new, never a mix: the title and the body were written together.
      expect(onDisk.text.startsWith(`${onDisk.title} `)).toBe(true)
      // Every acknowledged save is on disk.
      expect(onDisk.revision).toBeGreaterThanOrEqual(acknowledged)
      expect(onDisk.revision).toBeGreaterThanOrEqual(lastRevision)
      lastRevision = onDisk.revision
      for (const name of await readdir(join(root, '.backup', 'reports', doc.id)).catch(() => [])) {
        if (!name.endsWith('.json')) continue
        const backup = JSON.parse(await readFile(join(root, '.backup', 'reports', doc.id, name), 'utf8'))
        expect(backup.text.startsWith(`${backup.title} `)).toBe(true)
      }
    }
    // At least one acknowledged save per round, whatever the machine's load.
    expect(lastRevision).toBeGreaterThan(ROUNDS)
    const library = await new WorkspaceStore(root).list()
    expect(library.damaged).toEqual([])
  }, 180_000)
})

import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError, WORKSPACE_ERROR_MESSAGES } from '../../../../src-shared/errors'
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

describe('WorkspaceStore listing hostile and odd entries', () => {
  const SECRET = 'root:x:0:0:TOP-SECRET-LINE:/root:/bin/bash'

  it('lists a folder named like a document as damaged, and everything else as usual', async () => {
    const doc = await store.create('report', sampleReportContent('正常的报告'))
    await mkdir(join(root, 'reports', 'r-folder.json'))
    const library = await store.list()
    expect(library.reports.map((r) => r.id)).toEqual([doc.id])
    expect(library.damaged).toEqual([expect.objectContaining({ id: 'r-folder', fileName: 'reports/r-folder.json', reason: expect.stringContaining('文件夹') })])
    expect(await codeOf(store.read('report', 'r-folder'))).toBe('damaged')
  })

  it('never follows a symlink, and never shows what it points to', async () => {
    const target = join(root, '..', `${root.split('/').at(-1)}-passwd`)
    await writeFile(target, `${SECRET}\n`)
    try {
      await symlink(target, join(root, 'reports', 'r-link.json'))
      const library = await store.list()
      const entry = library.damaged.find((d) => d.id === 'r-link')
      expect(entry?.reason).toMatch(/链接/)
      expect(JSON.stringify(library)).not.toMatch(/root|SECRET|bash/)
      const error = await store.read('report', 'r-link').catch((e: unknown) => e as ApiError)
      expect(error).toMatchObject({ code: 'damaged' })
      expect((error as ApiError).message).not.toMatch(/root|SECRET/)
      expect(await codeOf(store.save('report', { ...(await store.create('report', sampleReportContent())), id: 'r-link' }, 1))).toBe('damaged')
      expect(await readFile(target, 'utf8')).toBe(`${SECRET}\n`)
    } finally {
      await rm(target, { force: true })
    }
  })

  it('says where a file is not JSON without quoting it', async () => {
    await writeFile(join(root, 'reports', 'r-text.json'), `${SECRET}\nmore:secret:lines`)
    await writeFile(join(root, 'reports', 'r-cut.json'), '{"schema": "huibao.report", "title": "半截标题XYZ')
    await writeFile(join(root, 'reports', 'r-keys.json'), JSON.stringify({ schema: 'huibao.report', version: 2, id: 'r-keys', revision: 1, updatedAt: 'x', title: { 'SECRET-KEY root': 1 } }))
    const { damaged } = await store.list()
    const reasons = Object.fromEntries(damaged.map((d) => [d.id, d.reason]))
    expect(reasons['r-text']).toMatch(/不是有效的 JSON/)
    expect(reasons['r-cut']).toMatch(/中途结束/)
    expect(reasons['r-keys']).toMatch(/^内容不符合格式：/)
    expect(JSON.stringify(damaged)).not.toMatch(/root|SECRET|secret|XYZ/)
  })

  it('lists files whose names are not document ids as not Huibao files, instead of hiding them', async () => {
    await writeFile(join(root, 'reports', '2024年报告.json'), '{}')
    await writeFile(join(root, 'reports', 'notes.txt'), 'x')
    await writeFile(join(root, 'briefings', 'B-UPPER.json'), '{}')
    await writeFile(join(root, 'reports', '.r-abc.json.123.tmp'), 'a write in progress')
    const { foreign, damaged } = await store.list()
    expect(foreign).toEqual([
      expect.objectContaining({ kind: 'report', fileName: 'reports/2024年报告.json', reason: expect.stringContaining('文件名不是汇报使用的格式') }),
      expect.objectContaining({ kind: 'report', fileName: 'reports/notes.txt' }),
      expect.objectContaining({ kind: 'briefing', fileName: 'briefings/B-UPPER.json' }),
    ])
    expect(damaged).toEqual([])
  })

  it('reads a document saved with a UTF-8 BOM (as Notepad writes it)', async () => {
    const doc = await store.create('report', sampleReportContent('带 BOM 的报告'))
    const file = join(root, 'reports', `${doc.id}.json`)
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`)
    const library = await store.list()
    expect(library.damaged).toEqual([])
    expect(library.reports.map((r) => r.title)).toEqual(['带 BOM 的报告'])
    const saved = await store.save('report', { ...doc, title: '改过' }, 1)
    expect(saved.revision).toBe(2)
  })

  it('strips bidi controls from titles and file names, so U+202E cannot disguise one', async () => {
    const doc = await store.create('report', sampleReportContent('报告\u202Efdp.exe'))
    expect(doc.title).toBe('报告fdp.exe')
    const file = join(root, 'briefings', `${(await store.create('briefing', sampleBriefingContent())).id}.json`)
    const raw = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...raw, title: '汇报\u2067甲\u2069\u202Bcod.exe' }))
    await writeFile(join(root, 'reports', '说明\u202Etxt.exe'), 'x')
    const library = await store.list()
    const shown = JSON.stringify(library)
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    expect(library.briefings[0]!.title).toBe('汇报甲cod.exe')
    // Opened in the editor (and so in the show and the PDF's file name) without them too.
    expect((await store.read('briefing', library.briefings[0]!.id)).doc.title).toBe('汇报甲cod.exe')
    expect(library.foreign[0]!.fileName).toBe('reports/说明txt.exe')
  })
})

describe('WorkspaceStore across processes', () => {
  it('lets exactly one of many saves on the same revision win, from separate store instances (no shared queue)', async () => {
    const doc = await store.create('report', sampleReportContent())
    const stores = Array.from({ length: 4 }, () => new WorkspaceStore(root))
    let base = doc
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled(stores.flatMap((s, i) => [0, 1].map((j) => s.save('report', { ...base, title: `第${round}轮-${i}-${j}` }, base.revision))))
      const won = results.flatMap((r, k) => (r.status === 'fulfilled' ? [k] : []))
      expect(won).toHaveLength(1)
      expect(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as ApiError).code)).toEqual(Array(7).fill('conflict'))
      const { doc: onDisk } = await store.read('report', doc.id)
      expect(onDisk.revision).toBe(base.revision + 1)
      const backup = JSON.parse(await readFile(join(root, '.backup', 'reports', doc.id, `${String(base.revision).padStart(8, '0')}.json`), 'utf8'))
      expect(backup.revision).toBe(base.revision)
      base = onDisk
    }
    expect(await readdir(join(root, '.locks'))).toEqual([])
  })

  it('says the file is being saved elsewhere when another live process holds its lock too long, and writes nothing', async () => {
    const doc = await store.create('report', sampleReportContent('原样'))
    const lock = join(root, '.locks', `reports-${doc.id}.lock`)
    await writeFile(lock, JSON.stringify({ pid: process.ppid, host: hostname(), since: new Date().toISOString(), token: 'other' }))
    const patient = new WorkspaceStore(root, undefined, { lock: { waitMs: 30 } })
    const error = await patient.save('report', { ...doc, title: '改' }, 1).catch((e: unknown) => e as ApiError)
    expect(error).toMatchObject({ code: 'busy', message: WORKSPACE_ERROR_MESSAGES.busy['zh-CN'] })
    expect((await store.read('report', doc.id)).doc.title).toBe('原样')
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

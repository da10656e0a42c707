import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMPORT_LIMITS, importReportFile, importReportText } from '../../../../../src-main/services/import'
import { importWorkerSource, runImport } from '../../../../../src-main/services/import/run-import'
import { refusal } from './refusal'
import { docx } from '../../../../helpers/zip'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huibao-import-worker-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A worker file of our own, for failures a real file cannot be trusted to produce on cue. */
async function fakeWorker(name: string, code: string) {
  const file = join(dir, name)
  await writeFile(file, code)
  return { kind: 'js' as const, url: pathToFileURL(file) }
}

describe('imports run in a worker thread', () => {
  it('finds worker.ts beside the sources', () => {
    expect(importWorkerSource(new URL('../../../../../src-main/services/import/run-import.ts', import.meta.url).href).kind).toBe('ts')
    expect(importWorkerSource('file:///nowhere/out/main/index.js').kind).toBe('none')
  })

  it('imports in the worker and passes its errors back as they are', async () => {
    const report = await importReportFile(docx(['2024年政府工作报告', '一、2023年工作回顾', '地区生产总值增长5.2%。']), '报告.docx')
    expect(report.sections[0]?.title).toBe('2023年工作回顾')
    expect(report.metrics[0]).toMatchObject({ value: 5.2, unit: '%' })
    expect((await importReportText('二、主要任务\n粮食产量增长2%。', '粘贴')).metrics).toHaveLength(1)
    expect((await refusal(importReportFile(Buffer.from('%PDF-1.7 not really'), 'a.pdf'))).code).toBe('damaged')
  }, 60_000)

  it('stops a worker that takes too long', async () => {
    const source = await fakeWorker('hang.mjs', 'setInterval(() => {}, 1000)\n')
    const error = await refusal(runImport({ kind: 'text', text: '报告' }, { source, limits: { ...IMPORT_LIMITS, workerTimeMs: 300 } }))
    expect(error.code).toBe('timeout')
  })

  it('stops a worker that runs out of its heap, and says so', async () => {
    const source = await fakeWorker('hog.mjs', 'const keep = []\nfor (;;) keep.push(new Array(1e5).fill({ a: 1 }))\n')
    const error = await refusal(runImport({ kind: 'text', text: '报告' }, { source, limits: { ...IMPORT_LIMITS, workerHeapMb: 48 } }))
    expect(error.code).toBe('out-of-memory')
  }, 60_000)

  it('stops a worker whose buffers (outside its heap) grow the process past the limit', async () => {
    // Holds 20 MB buffers, written so they take memory, up to 1 GB at most, then waits.
    const source = await fakeWorker(
      'buffers.mjs',
      'const keep = []\nconst grow = () => { if (keep.length < 50) { keep.push(Buffer.alloc(20 * 1024 * 1024, 1)); setImmediate(grow) } }\ngrow()\nsetInterval(() => {}, 1000)\n',
    )
    const limits = { ...IMPORT_LIMITS, workerGrowthMb: 200, workerTimeMs: 30_000 }
    expect((await refusal(runImport({ kind: 'text', text: '报告' }, { source, limits }))).code).toBe('out-of-memory')
  }, 60_000)

  it('turns a worker crash into a message', async () => {
    const source = await fakeWorker('crash.mjs', 'throw new Error("boom")\n')
    expect((await refusal(runImport({ kind: 'text', text: '报告' }, { source }))).code).toBe('damaged')
  })
})

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMPORT_LIMITS, importReportFile, importReportText } from '../../../../../src-main/services/import'
import { importWorkerSource, runImport } from '../../../../../src-main/services/import/run-import'
import { openApp } from '../../../../../src-main/services/app-context'
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../../../src-main/web/host'
import { refusal } from './refusal'
import { docx, docxFrame, zeroBomb, zip } from '../../../../helpers/zip'

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

  it('turns a worker crash into a message', async () => {
    const source = await fakeWorker('crash.mjs', 'throw new Error("boom")\n')
    expect((await refusal(runImport({ kind: 'text', text: '报告' }, { source }))).code).toBe('damaged')
  })
})

describe('the web host while an import fails', () => {
  let host: WebHost

  beforeAll(async () => {
    await mkdir(join(dir, 'no-sample'))
    const { handlers } = await openApp({ workspace: join(dir, 'ws'), sampleDir: join(dir, 'no-sample'), version: 't', mode: 'web' })
    host = await startWebHost({ handlers, staticDir: dir, port: 0 })
  })
  afterAll(async () => {
    await host?.close()
  })

  async function call(name: string, body: unknown): Promise<{ ok: boolean; error?: { code: string; message: string }; value?: unknown }> {
    const res = await fetch(new URL(`/api/${name}`, host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify(body),
    })
    return (await res.json()) as { ok: boolean; error?: { code: string; message: string } }
  }

  it('refuses a 1 MB .docx that inflates to 1 GB, stays small, and answers other requests meanwhile', async () => {
    const bomb = zip([...docxFrame(), zeroBomb('word/document.xml', 1024)])
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    const started = performance.now()
    const order: string[] = []
    const importing = call('importReportFile', { fileName: '炸弹.docx', dataBase64: bomb.toString('base64') }).finally(() => order.push('import'))
    const listing = call('listLibrary', {}).finally(() => order.push('list'))
    const [imported, listed] = await Promise.all([importing, listing])
    const elapsed = performance.now() - started
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    console.log(`zip bomb (${(bomb.length / 1024 / 1024).toFixed(2)} MB → 1024 MB) refused in ${elapsed.toFixed(0)} ms; host peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`)
    expect(imported).toMatchObject({ ok: false, error: { code: 'import-failed' } })
    expect(imported.error?.message).toMatch(/解压后体积异常/)
    expect(listed.ok).toBe(true)
    expect(order).toEqual(['list', 'import'])
    expect(peak).toBeLessThan(500 * 1024 * 1024)
    // …and it still serves afterwards.
    expect((await call('appInfo', {})).ok).toBe(true)
  }, 60_000)

  it('refuses a file whose base64 was damaged on the way, instead of importing garbage', async () => {
    const good = Buffer.from('一、工作回顾\n地区生产总值增长5%。').toString('base64')
    for (const damaged of [good.slice(0, -1), `${good.slice(0, 8)}!${good.slice(9)}`, `${good.slice(0, 8)}\u4e2d${good.slice(9)}`]) {
      const answer = await call('importReportFile', { fileName: '报告.txt', dataBase64: damaged })
      expect(answer).toMatchObject({ ok: false, error: { code: 'import-failed' } })
      expect(answer.error?.message).toMatch(/传送中损坏/)
    }
    expect((await call('importReportFile', { fileName: '报告.txt', dataBase64: good })).ok).toBe(true)
  }, 60_000)
})

import { mkdtemp, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../../src-main/web/host'
import { openApp, type OpenedApp } from '../../../../src-main/services/app-context'
import { EXPORT_QUEUE_LIMITS, exportWorkerFor } from '../../../../src-main/services/export-queue/queue'
import type { ApiHandlers } from '../../../../src-main/services/api-handlers'
import { sampleBriefing } from '../services/pdf/helpers'
import { openPptx } from '../../../helpers/pptx'

let dir: string
let app: OpenedApp
const hosts: WebHost[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huibao-host-exports-'))
  app = await openApp({ workspace: join(dir, 'ws'), sampleDir: join(process.cwd(), 'resources', 'sample'), version: 't', mode: 'web', exportWorker: exportWorkerFor(import.meta.url) })
})
afterAll(async () => {
  await Promise.all(hosts.map((h) => h.close()))
  await app.close()
  await rm(dir, { recursive: true, force: true })
})

async function host(handlers: ApiHandlers): Promise<WebHost> {
  const h = await startWebHost({ handlers, staticDir: join(dir, 'static'), port: 0 })
  hosts.push(h)
  return h
}

async function call(h: WebHost, name: string, body: unknown): Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } }> {
  const res = await fetch(new URL(`/api/${name}`, h.url), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token }, body: JSON.stringify(body) })
  return (await res.json()) as never
}

describe('exports through the web host', () => {
  it('prepareExport starts the worker before the first export, which then uses it', async () => {
    expect(app.exportQueue.stats).toMatchObject({ workers: 0, started: 0 })
    const h = await host(app.handlers)
    expect(await call(h, 'prepareExport', {})).toEqual({ ok: true, value: { ok: true } })
    expect(await call(h, 'prepareExport', {})).toEqual({ ok: true, value: { ok: true } })
    expect(app.exportQueue.stats).toMatchObject({ workers: 1, started: 1 })
    const { briefing } = await sampleBriefing()
    const created = await app.handlers.createBriefing({ title: briefing.title, reportIds: [] })
    const exported = await call(h, 'exportPdf', { briefingId: created.id, options: {} })
    expect(exported.ok).toBe(true)
    expect(app.exportQueue.stats).toMatchObject({ workers: 1, started: 1 })
  }, 120_000)

  it('exports a PowerPoint deck in the same warm worker', async () => {
    const h = await host(app.handlers)
    const { briefing } = await sampleBriefing()
    const created = await app.handlers.createBriefing({ title: briefing.title, reportIds: [] })
    const { briefing: doc } = await app.handlers.getBriefing({ id: created.id })
    await app.handlers.saveBriefing({ briefing: { ...doc, slides: briefing.slides.slice(0, 5) }, baseRevision: doc.revision })
    const started = app.exportQueue.stats.started
    const exported = await call(h, 'exportPptx', { briefingId: created.id })
    expect(exported.ok).toBe(true)
    expect(exported.value).toMatchObject({ fileName: `${briefing.title}.pptx`, slideCount: 5 })
    // The sample report is not in this workspace: its figures are marked as gone, as the PDF marks them.
    expect((exported.value!.warnings as string[]).every((w) => w.includes('来源指标缺失'))).toBe(true)
    const pkg = await openPptx(Buffer.from(exported.value!.dataBase64 as string, 'base64'))
    expect(pkg.slides).toHaveLength(5)
    expect(app.exportQueue.stats.started).toBe(started)
  }, 120_000)

  it('16 concurrent exports all finish or are refused as busy, in one clear sentence', async () => {
    const h = await host(app.handlers)
    const { briefing } = await sampleBriefing()
    const created = await app.handlers.createBriefing({ title: briefing.title, reportIds: [] })
    const { briefing: doc } = await app.handlers.getBriefing({ id: created.id })
    await app.handlers.saveBriefing({ briefing: { ...doc, slides: briefing.slides.slice(0, 6) }, baseRevision: doc.revision })

    const results = await Promise.all(Array.from({ length: 16 }, () => call(h, 'exportPdf', { briefingId: created.id, options: { layout: '6' } })))
    const done = results.filter((r) => r.ok)
    const refused = results.filter((r) => !r.ok)
    expect(done.length).toBeGreaterThanOrEqual(1 + EXPORT_QUEUE_LIMITS.maxWaiting)
    for (const r of done) expect(Buffer.from(String(r.value?.dataBase64), 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-')
    for (const r of refused) {
      expect(r.error?.code).toBe('busy')
      expect(r.error?.message).toMatch(/^[^\n]*导出[^\n]*。$/)
    }
    expect(app.exportQueue.stats).toMatchObject({ running: 0, waiting: 0 })
  }, 180_000)

  it('cancels a call whose client goes away', async () => {
    let started!: () => void
    const handlerStarted = new Promise<void>((r) => (started = r))
    const aborted = new Promise<boolean>((resolve) => {
      const exportPdf: ApiHandlers['exportPdf'] = (_request, call) => {
        started()
        call?.signal?.addEventListener('abort', () => resolve(true))
        return new Promise(() => {})
      }
      void host({ ...app.handlers, exportPdf }).then((h) => {
        const url = new URL(h.url)
        const req = request({ host: '127.0.0.1', port: url.port, path: '/api/exportPdf', method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token } })
        req.on('error', () => {})
        req.end(JSON.stringify({ briefingId: 'b-1', options: {} }))
        void handlerStarted.then(() => req.destroy())
      })
    })
    expect(await aborted).toBe(true)
  })
})

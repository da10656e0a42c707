import { afterAll, describe, expect, it } from 'vitest'
import { warmUpExport } from '../../../../../src-main/services/export-queue/jobs'
import { createExportQueue, exportConcurrency, exportWorkerFor } from '../../../../../src-main/services/export-queue/queue'
import { PdfExportError } from '../../../../../src-main/services/pdf/errors'
import { runPdfExport } from '../../../../../src-main/services/pdf/run-export'
import { PptxExportError } from '../../../../../src-main/services/pptx/errors'
import { runPptxExport } from '../../../../../src-main/services/pptx/run-export'
import { sampleBriefing } from '../pdf/helpers'

const queue = createExportQueue(exportWorkerFor(import.meta.url), 1)
afterAll(() => queue.close(0))

describe('the export queue', () => {
  it('finds the built worker beside a bundle, and the source worker beside sources', () => {
    expect(exportWorkerFor('file:///app/out/node/web.js').href).toBe('file:///app/out/node/export-worker.js')
    expect(exportWorkerFor(import.meta.url).pathname).toMatch(/src-main\/services\/export-queue\/worker\.ts$/)
  })

  it('runs one export at a time on two cores or fewer, two on more', () => {
    expect([1, 2, 4, 16].map(exportConcurrency)).toEqual([1, 1, 2, 2])
  })

  it('renders PDFs in one warm worker: the second export starts no new thread', async () => {
    const { briefing } = await sampleBriefing()
    const progress: number[] = []
    const first = await runPdfExport(queue, { briefing, options: { layout: '4', range: '1-8' } }, { onProgress: (f) => progress.push(f) })
    const second = await runPdfExport(queue, { briefing, options: { layout: '2', range: '1-4' } })
    expect(first.pageCount).toBe(2)
    expect(second.pageCount).toBe(2)
    for (const r of [first, second]) expect(Buffer.from(r.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)).toBe(1)
    expect(queue.stats.started).toBe(1)
  }, 120_000)

  it('passes the export’s own errors back as PdfExportError', async () => {
    const { briefing } = await sampleBriefing()
    const err = await runPdfExport(queue, { briefing, options: { range: '500' } }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PdfExportError)
    expect(err).toMatchObject({ code: 'empty-selection', message: expect.stringContaining('没有可导出的幻灯片') })
  }, 120_000)

  it('builds PowerPoint decks in the same warm worker, and passes their errors back as PptxExportError', async () => {
    const { briefing } = await sampleBriefing()
    const started = queue.stats.started
    const deck = await runPptxExport(queue, { briefing: { ...briefing, slides: briefing.slides.slice(0, 3) } })
    expect(deck.slideCount).toBe(3)
    expect(Buffer.from(deck.bytes.subarray(0, 2)).toString('latin1')).toBe('PK')
    const err = await runPptxExport(queue, { briefing: { ...briefing, slides: [] } }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PptxExportError)
    expect(err).toMatchObject({ code: 'empty', message: expect.stringContaining('还没有幻灯片') })
    expect(queue.stats.started).toBe(started)
  }, 120_000)

  it('warms up with a real two-slide export (its failures would only be swallowed in the worker)', async () => {
    await expect(warmUpExport()).resolves.toMatchObject({ pdf: { pageCount: 1, warnings: [] }, pptx: { slideCount: 2, warnings: [] } })
  }, 120_000)
})

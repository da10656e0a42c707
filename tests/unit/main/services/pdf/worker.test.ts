import { describe, expect, it } from 'vitest'
import { pdfWorkerSpec, runPdfExport } from '../../../../../src-main/services/pdf/run-export'
import { PdfExportError } from '../../../../../src-main/services/pdf/errors'
import { sampleBriefing } from './helpers'

describe('PDF export in a worker thread', () => {
  it('loads worker.ts from the sources', () => {
    const spec = pdfWorkerSpec(new URL('../../../../../src-main/services/pdf/run-export.ts', import.meta.url).href)
    expect(spec.kind).toBe('ts')
    expect(pdfWorkerSpec('file:///nowhere/out/main/index.js').kind).toBe('none')
  })

  it('renders in the worker, with progress, and returns the bytes', async () => {
    const { briefing } = await sampleBriefing()
    const spec = pdfWorkerSpec(new URL('../../../../../src-main/services/pdf/run-export.ts', import.meta.url).href)
    const progress: number[] = []
    const r = await runPdfExport({ briefing, options: { layout: '4', range: '1-8' } }, (f) => progress.push(f), spec)
    expect(r.pageCount).toBe(2)
    expect(Buffer.from(r.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)).toBe(1)
  }, 60_000)

  it('passes the export’s own errors back', async () => {
    const { briefing } = await sampleBriefing()
    const spec = pdfWorkerSpec(new URL('../../../../../src-main/services/pdf/run-export.ts', import.meta.url).href)
    const err = await runPdfExport({ briefing, options: { range: '500' } }, undefined, spec).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PdfExportError)
    expect((err as PdfExportError).code).toBe('empty-selection')
  }, 60_000)
})

/**
 * The whole import in one thread: bytes → text (by format) → analysed report. The worker (worker.ts) runs
 * this; tests and benches may call it directly. Throws ImportError.
 */
import { createHash } from 'node:crypto'
import type { FileFormat } from '../../../src-shared/import-formats'
import { newId } from '../../../src-shared/ids'
import { analyzeReportText } from '../../../src-shared/report/analyze'
import { restoreLostParagraphBreaks } from '../../../src-shared/report/lost-paragraph-breaks'
import type { ReportContent, ReportSource } from '../../../src-shared/schemas/report'
import { IMPORT_MESSAGES, ImportError } from './errors'
import { chooseFormat } from './formats'
import { checkTextSize, IMPORT_LIMITS, type ImportLimits } from './guards'
import { markdownText, plainText } from './text'

interface Extracted {
  text: string
  /** The character encoding for text formats; the format itself for binary ones. */
  encoding: string
}

type Reader = (bytes: Uint8Array, limits: ImportLimits) => Promise<Extracted>

/** One reader per format. The document readers load their libraries when first needed: a worker that reads a .txt never loads pdf.js. */
const READERS: Record<FileFormat, Reader> = {
  txt: async (bytes) => plainText(bytes),
  md: async (bytes) => markdownText(bytes),
  docx: async (bytes, limits) => ({ text: await (await import('./docx')).docxText(bytes, limits), encoding: 'docx' }),
  doc: async (bytes) => ({ text: await (await import('./doc')).docText(bytes), encoding: 'doc' }),
  pdf: async (bytes, limits) => ({ text: await (await import('./pdf')).pdfText(bytes, limits), encoding: 'pdf' }),
  html: async (bytes) => (await import('./html')).htmlFileText(bytes),
  mhtml: async (bytes) => (await import('./mhtml')).mhtmlText(bytes),
}

/** The request an import carries, to a worker or not. */
export type ImportJob = { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'text'; text: string; title?: string }

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '')
}

function baseTitle(fileName: string): string {
  const base = baseName(fileName)
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).trim()
}

/**
 * A report pasted or saved without its title line still names itself from its speaker line or text:
 * `海拉尔区2017年政府工作报告`, `2022年政府工作报告（国务院）` — never a file name such as `county_hailaer_2017`.
 */
export function titleFromHead(place: string | null, year: number | null): string | null {
  if (year === null) return null
  if (place === '全国') return `${year}年政府工作报告（国务院）`
  return `${place ?? ''}${year}年政府工作报告`
}

/**
 * A title line that names neither the place nor the year (`政府工作报告`, as most reports print it over their date line):
 * the library would list every such report alike, so the report is named from its speaker line and year instead.
 */
const BARE_TITLE = /^(?:政府)?工作报告$/u

function build(read: string, source: ReportSource, fallbackTitle: string, limits: ImportLimits): ReportContent {
  if (read.trim() === '') throw new ImportError('empty', IMPORT_MESSAGES.empty)
  checkTextSize(read, limits)
  const text = restoreLostParagraphBreaks(read)
  const analysis = analyzeReportText(text, (error) =>
    console.error('[huibao] the report could not be analysed; it is imported as text, without sections or figures:', error),
  )
  return {
    id: newId('r'),
    title: (BARE_TITLE.test(analysis.title) ? null : analysis.title) || titleFromHead(analysis.place, analysis.year) || analysis.title || fallbackTitle || '未命名报告',
    year: analysis.year,
    place: analysis.place,
    source,
    text,
    sections: analysis.sections,
    annexes: analysis.annexes,
    metrics: analysis.metrics,
  }
}

/** A report file (.txt/.text, .md, .docx, .doc, .pdf, .html/.htm, .mhtml/.mht), read in this thread. */
export async function readReportFile(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ReportContent> {
  if (bytes.byteLength > limits.fileBytes) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge)
  const format = chooseFormat(fileName, bytes)
  if (bytes.byteLength === 0) throw new ImportError('empty', IMPORT_MESSAGES.empty)
  const { text, encoding } = await READERS[format](bytes, limits)
  const source: ReportSource = { fileName: baseName(fileName), format, encoding, sha256: sha256(bytes), importedAt: new Date().toISOString() }
  return build(text, source, baseTitle(fileName), limits)
}

/** Pasted text, read in this thread. */
export function readPastedText(text: string, title?: string, limits: ImportLimits = IMPORT_LIMITS): ReportContent {
  const raw = typeof text === 'string' ? text : ''
  const bytes = new TextEncoder().encode(raw)
  if (bytes.byteLength > limits.fileBytes) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge)
  const source: ReportSource = { fileName: '', format: 'paste', encoding: 'UTF-8', sha256: sha256(bytes), importedAt: new Date().toISOString() }
  const content = build(raw.replace(/\r\n?/g, '\n'), source, '粘贴的报告', limits)
  const t = title?.trim()
  return t ? { ...content, title: t } : content
}

export function readJob(job: ImportJob, limits: ImportLimits = IMPORT_LIMITS): Promise<ReportContent> {
  return job.kind === 'file' ? readReportFile(job.bytes, job.fileName, limits) : Promise.resolve().then(() => readPastedText(job.text, job.title, limits))
}

import { createHash } from 'node:crypto'
import mammoth from 'mammoth'
import { newId } from '../../src-shared/ids'
import { MAX_IMPORT_BYTES } from '../../src-shared/api'
import { analyzeReportText } from '../../src-shared/report/analyze'
import type { ReportContent, ReportSource } from '../../src-shared/schemas/report'
import { DecodeTextError, decodeText } from './decode-text'

/** Files larger than this are refused before they are read or parsed (the same limit the api applies). */
export { MAX_IMPORT_BYTES }

export type ImportErrorCode = 'empty' | 'binary' | 'too-large' | 'unsupported' | 'damaged-docx'

/** Every import failure: a code for programs and a one-line Chinese message for people. */
export class ImportError extends Error {
  readonly code: ImportErrorCode
  constructor(code: ImportErrorCode, message: string) {
    super(message)
    this.name = 'ImportError'
    this.code = code
  }
}

export const IMPORT_MESSAGES = {
  empty: '文件是空的，没有可导入的文字。',
  binary: '这不是文本文件（看起来是二进制数据），请选择 .txt、.md 或 .docx 格式的报告。',
  tooLarge: '文件太大（超过 50 MB），无法导入。',
  damagedDocx: 'Word 文件已损坏或不是有效的 .docx 文件，无法读取。',
  doc: '暂不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再导入。',
  unsupported: (ext: string): string => `不支持“${ext}”格式的文件，请使用 .txt、.md 或 .docx。`,
} as const

type Format = ReportSource['format']

function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

function baseTitle(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).trim()
}

function formatOf(fileName: string): Format {
  const ext = extensionOf(fileName)
  if (ext === '' || ext === '.txt' || ext === '.text') return 'txt'
  if (ext === '.md' || ext === '.markdown') return 'md'
  if (ext === '.docx') return 'docx'
  if (ext === '.doc') throw new ImportError('unsupported', IMPORT_MESSAGES.doc)
  throw new ImportError('unsupported', IMPORT_MESSAGES.unsupported(ext))
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Line endings → \n; the text is otherwise kept as imported. */
function tidy(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** Markdown → plain lines: heading marks, emphasis, links and list bullets go, the words stay. */
export function stripMarkdown(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return ''
      let s = line
      s = s.replace(/^\s{0,3}#{1,6}(\s+|$)/, '')
      s = s.replace(/\s+#+\s*$/, '')
      s = s.replace(/^\s{0,3}>\s?/, '')
      s = s.replace(/^\s{0,3}[-*+]\s+/, '')
      s = s.replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      s = s.replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
      s = s.replace(/\*\*([^*\n]+)\*\*/g, '$1')
      s = s.replace(/__([^_\n]+)__/g, '$1')
      s = s.replace(/~~([^~\n]+)~~/g, '$1')
      s = s.replace(/(^|[^*\w])\*([^*\n]+)\*(?!\*)/g, '$1$2')
      s = s.replace(/`([^`\n]+)`/g, '$1')
      return s
    })
    .join('\n')
}

async function docxText(bytes: Uint8Array): Promise<string> {
  // A .docx is a zip: PK\x03\x04
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportError('damaged-docx', IMPORT_MESSAGES.damagedDocx)
  }
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const result = await mammoth.extractRawText({ buffer })
    // mammoth separates paragraphs (headings included) with a blank line; keep one line per paragraph.
    return result.value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n')
  } catch {
    throw new ImportError('damaged-docx', IMPORT_MESSAGES.damagedDocx)
  }
}

function build(text: string, source: ReportSource, fallbackTitle: string): ReportContent {
  if (text.trim() === '') throw new ImportError('empty', IMPORT_MESSAGES.empty)
  const analysis = analyzeReportText(text)
  return {
    id: newId('r'),
    title: analysis.title || fallbackTitle || '未命名报告',
    year: analysis.year,
    place: analysis.place,
    source,
    text,
    sections: analysis.sections,
    annexes: analysis.annexes,
    metrics: analysis.metrics,
  }
}

/** Import a report file (.txt/.text, .md, .docx). Throws ImportError. */
export async function importReportFile(bytes: Uint8Array, fileName: string): Promise<ReportContent> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge)
  const format = formatOf(fileName)
  if (bytes.byteLength === 0) throw new ImportError('empty', IMPORT_MESSAGES.empty)
  let text: string
  let encoding: string
  if (format === 'docx') {
    text = await docxText(bytes)
    encoding = 'docx'
  } else {
    try {
      const decoded = decodeText(bytes)
      text = decoded.text
      encoding = decoded.encoding
    } catch (error) {
      if (error instanceof DecodeTextError) throw new ImportError('binary', error.message)
      throw error
    }
    text = tidy(text)
    if (format === 'md') text = stripMarkdown(text)
  }
  const source: ReportSource = {
    fileName: fileName.replace(/^.*[\\/]/, ''),
    format,
    encoding,
    sha256: sha256(bytes),
    importedAt: new Date().toISOString(),
  }
  return build(text, source, baseTitle(fileName))
}

/** Import pasted text. Throws ImportError. */
export async function importReportText(text: string, title?: string): Promise<ReportContent> {
  const raw = typeof text === 'string' ? text : ''
  const bytes = new TextEncoder().encode(raw)
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError('too-large', IMPORT_MESSAGES.tooLarge)
  const clean = tidy(raw)
  const source: ReportSource = {
    fileName: '',
    format: 'paste',
    encoding: 'UTF-8',
    sha256: sha256(bytes),
    importedAt: new Date().toISOString(),
  }
  const content = build(clean, source, '粘贴的报告')
  const t = title?.trim()
  return t ? { ...content, title: t } : content
}

/**
 * Which reader a file gets. The name decides first (src-shared/import-formats.ts); the first bytes correct
 * it where users' files commonly lie: a “.doc” that is really a .docx, an HTML page or a saved .mht (sites
 * and old Word produce all three), a “.docx” that is an old .doc, a PDF with the wrong extension.
 */
import { extensionOf, formatOfName, type FileFormat } from '../../../src-shared/import-formats'
import { IMPORT_MESSAGES, ImportError } from './errors'

type Magic = 'pdf' | 'zip' | 'ole' | 'rtf' | 'mhtml' | 'html'

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b)
}

/** What the first bytes say the file is, or null when they say nothing a reader cares about. */
export function sniff(bytes: Uint8Array): Magic | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1')
  // The PDF header may follow a little junk (the format allows up to 1 KB).
  const pdf = head.indexOf('%PDF-')
  if (pdf >= 0 && pdf < 1024) return 'pdf'
  const text = head.replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart()
  if (text.startsWith('{\\rtf')) return 'rtf'
  if (/^(?:[\w-]+:[^\n]*\r?\n)*mime-version:/i.test(text) && /content-type:\s*multipart\/related/i.test(head)) return 'mhtml'
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|meta|body)\b/i.test(text)) return 'html'
  return null
}

const FROM_MAGIC: Record<Exclude<Magic, 'rtf'>, FileFormat> = { pdf: 'pdf', zip: 'docx', ole: 'doc', mhtml: 'mhtml', html: 'html' }

/** Formats whose file is a container: its bytes, not its name, say which reader can open it. */
const DOCUMENT_FORMATS: ReadonlySet<FileFormat> = new Set<FileFormat>(['docx', 'doc', 'pdf', 'html', 'mhtml'])

/** The format to read `bytes` as. Throws ImportError for names and contents no reader takes. */
export function chooseFormat(fileName: string, bytes: Uint8Array): FileFormat {
  const ext = extensionOf(fileName)
  if (ext === '.wps') throw new ImportError('wps', IMPORT_MESSAGES.wps)
  const named = formatOfName(fileName)
  if (named === null) throw new ImportError('unsupported', IMPORT_MESSAGES.unsupported(ext))
  const magic = sniff(bytes)
  if (magic === 'rtf') throw new ImportError('unsupported', IMPORT_MESSAGES.rtf)
  if (magic === null) return named
  const byContent = FROM_MAGIC[magic]
  if (DOCUMENT_FORMATS.has(named)) return byContent
  // A text file: only binary containers override its name (an HTML page named .txt is text, as named).
  return magic === 'pdf' || magic === 'zip' || magic === 'ole' ? byContent : named
}

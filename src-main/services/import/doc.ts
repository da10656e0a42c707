/**
 * Old Word (.doc, Word 97–2003) → text with word-extractor, which reads the compound file's text and drops
 * headers, footers and field codes. The body comes with one paragraph a line; table cells are tab-separated.
 */
import WordExtractor from 'word-extractor'
import { IMPORT_MESSAGES, ImportError, KIND_NAMES } from './errors'

/** A password-protected .docx is stored as an OLE file holding an “EncryptedPackage” stream. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le')

/** word-extractor's document, with the option its type declarations leave out. */
interface DocBody {
  getBody(options?: { filterUnicode?: boolean }): string
}

export async function docText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.indexOf(ENCRYPTED_PACKAGE) >= 0) throw new ImportError('encrypted', IMPORT_MESSAGES.encrypted('Word 文件'))
  let body: string
  try {
    const doc = (await new WordExtractor().extract(buffer)) as unknown as DocBody
    // Unfiltered: by default the library turns “” and —— into ASCII quotes and dashes.
    body = doc.getBody({ filterUnicode: false })
  } catch {
    throw new ImportError('damaged', IMPORT_MESSAGES.damaged(KIND_NAMES.doc))
  }
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0007\u000b\u000c]/g, '\n')
    .replace(/\n{2,}/g, '\n')
}

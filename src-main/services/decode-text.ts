import iconv from 'iconv-lite'

/**
 * Bytes of a text file → string, with the encoding found.
 *
 * Order: BOM (UTF-8, UTF-16 LE/BE) → BOM-less UTF-16 by its zero-byte pattern → strict UTF-8
 * (TextDecoder with fatal: true, so invalid sequences are never turned into mojibake) → GB18030
 * (a superset of GBK and GB2312). Binary data — NUL bytes outside UTF-16, or many control characters — is
 * refused with a DecodeTextError.
 */

export type DecodeTextErrorCode = 'binary'

export class DecodeTextError extends Error {
  readonly code: DecodeTextErrorCode
  constructor(code: DecodeTextErrorCode, message: string) {
    super(message)
    this.name = 'DecodeTextError'
    this.code = code
  }
}

export interface DecodedText {
  text: string
  encoding: string
}

const BINARY_MESSAGE = '这不是文本文件（看起来是二进制数据），请选择 .txt、.md 或 .docx 格式的报告。'
const SAMPLE = 64 * 1024

function binary(): DecodeTextError {
  return new DecodeTextError('binary', BINARY_MESSAGE)
}

/** Share of suspicious control characters (not tab, newline, CR, form feed, ESC) in a decoded sample. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, SAMPLE)
  if (n === 0) return 0
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f || c === 0xfffd) {
      bad++
    }
  }
  return bad / n
}

function looksBinary(text: string): boolean {
  if (text.indexOf('\u0000') >= 0) return true
  return controlRatio(text) > 0.02
}

/** Zero bytes mostly at odd offsets → UTF-16LE (ASCII “a” is 61 00), at even offsets → UTF-16BE. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1
  if (n < 4) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = n / 2
  // Chinese text in UTF-16 has zero bytes mostly in its ASCII characters (digits, newlines, punctuation),
  // on one side of each pair; a few CJK characters (一 U+4E00) put one on the other side.
  if (odd >= Math.max(2, pairs * 0.02) && even * 4 <= odd) return 'utf-16le'
  if (even >= Math.max(2, pairs * 0.02) && odd * 4 <= even) return 'utf-16be'
  return null
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  const body = bytes.subarray(skip, skip + ((bytes.length - skip) & ~1))
  return new TextDecoder(encoding).decode(body)
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { text: '', encoding: 'UTF-8' }
  const b0 = bytes[0]
  const b1 = bytes[1]
  const b2 = bytes[2]
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = decodeUtf8Strict(bytes.subarray(3))
    if (text === null || looksBinary(text)) throw binary()
    return { text, encoding: 'UTF-8' }
  }
  if (b0 === 0xff && b1 === 0xfe) {
    const text = decodeUtf16(bytes, 'utf-16le', 2)
    if (looksBinary(text)) throw binary()
    return { text, encoding: 'UTF-16LE' }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const text = decodeUtf16(bytes, 'utf-16be', 2)
    if (looksBinary(text)) throw binary()
    return { text, encoding: 'UTF-16BE' }
  }
  const sniffed = sniffUtf16(bytes)
  if (sniffed) {
    const text = decodeUtf16(bytes, sniffed, 0)
    if (!looksBinary(text)) return { text, encoding: sniffed === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' }
  }
  if (bytes.indexOf(0) >= 0) throw binary()
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== null) {
    if (looksBinary(utf8)) throw binary()
    return { text: utf8, encoding: 'UTF-8' }
  }
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030')
  if (looksBinary(gb)) throw binary()
  return { text: gb, encoding: 'GB18030' }
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

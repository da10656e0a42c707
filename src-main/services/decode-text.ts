import iconv from 'iconv-lite'
import { IMPORT_MESSAGES, ImportError } from './import/errors'

/**
 * Bytes of a text file → string, with the encoding found.
 *
 * Order: BOM (UTF-8, UTF-16 LE/BE) → with zero bytes, BOM-less UTF-16 by their pattern (or binary) → strict
 * UTF-8 (TextDecoder with fatal: true, so invalid sequences are never turned into mojibake) → BOM-less UTF-16
 * that reads as Chinese → GB18030 (a superset of GBK and GB2312). Binary data — NUL bytes outside UTF-16,
 * or many control characters — is refused with ImportError('binary').
 */

export interface DecodedText {
  text: string
  encoding: string
}

const SAMPLE = 64 * 1024

function binary(): ImportError {
  return new ImportError('binary', IMPORT_MESSAGES.binary)
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

type Utf16 = 'utf-16le' | 'utf-16be'

/**
 * Share of UTF-16 code units that a Chinese or English text is made of: CJK ideographs, CJK and full-width
 * punctuation, printable ASCII, whitespace. Text read in the wrong encoding lands all over the plane
 * (Hangul, surrogates, private use), so real UTF-16 scores near 1 and anything else far below.
 */
function textLikeShare(bytes: Uint8Array, encoding: Utf16): number {
  const n = Math.min(bytes.length, SAMPLE) & ~1
  if (n < 2) return 0
  let good = 0
  for (let i = 0; i < n; i += 2) {
    const u = encoding === 'utf-16le' ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number)
    if (
      (u >= 0x20 && u < 0x7f) ||
      u === 0x0a ||
      u === 0x0d ||
      u === 0x09 ||
      (u >= 0x4e00 && u <= 0x9fff) ||
      (u >= 0x3000 && u <= 0x303f) ||
      (u >= 0xff00 && u <= 0xffef) ||
      (u >= 0x2010 && u <= 0x2027) ||
      u === 0x00b7 ||
      u === 0x00d7
    ) {
      good++
    }
  }
  return good / (n / 2)
}

/**
 * BOM-less UTF-16. With zero bytes, they sit on one side of each pair (ASCII “a” is 61 00 in UTF-16LE), however
 * few there are (Chinese prose has them only in newlines and digits). Without any, only a text that reads
 * as Chinese in one byte order, and is not UTF-8, counts.
 */
function sniffUtf16(bytes: Uint8Array): Utf16 | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1
  if (n < 4) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const candidates: Utf16[] =
    even + odd === 0 ? (bytes.length % 2 === 0 ? ['utf-16le', 'utf-16be'] : []) : odd >= 9 * even ? ['utf-16le'] : even >= 9 * odd ? ['utf-16be'] : []
  for (const encoding of candidates) {
    if (textLikeShare(bytes, encoding) >= 0.95) return encoding
  }
  return null
}

function decodeUtf16(bytes: Uint8Array, encoding: Utf16, skip: number): string {
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
  const hasZero = bytes.indexOf(0) >= 0
  if (hasZero) {
    const sniffed = sniffUtf16(bytes)
    if (!sniffed) throw binary()
    return utf16(bytes, sniffed)
  }
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== null) {
    if (looksBinary(utf8)) throw binary()
    return { text: utf8, encoding: 'UTF-8' }
  }
  const sniffed = sniffUtf16(bytes)
  if (sniffed) return utf16(bytes, sniffed)
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030')
  if (looksBinary(gb)) throw binary()
  return { text: gb, encoding: 'GB18030' }
}

function utf16(bytes: Uint8Array, encoding: Utf16): DecodedText {
  const text = decodeUtf16(bytes, encoding, 0)
  if (looksBinary(text)) throw binary()
  return { text, encoding: encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' }
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * A web page saved as one file (.mhtml/.mht: Chrome's and Edge's “网页，单个文件”, and Word's “单个文件网页”):
 * a MIME multipart message whose first text/html part is the page. The part is taken out as bytes — its
 * transfer encoding (quoted-printable or base64) undone, nothing else — and read by html.ts, with the
 * charset its header names, if any.
 */
import { IMPORT_MESSAGES, ImportError, KIND_NAMES } from './errors'
import { htmlFileText } from './html'

interface Part {
  headers: Map<string, string>
  body: string
}

/** Latin-1 keeps one character per byte, so MIME can be cut as a string and turned back into the same bytes. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

/** Header block → lower-cased name → value, folded lines unfolded. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

function splitPart(raw: string): Part {
  const m = /\r?\n\r?\n/.exec(raw)
  if (!m) return { headers: parseHeaders(raw), body: '' }
  return { headers: parseHeaders(raw.slice(0, m.index)), body: raw.slice(m.index + m[0].length) }
}

/** A parameter of a header value: `boundary`, `charset`. */
function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value)
  return m ? (m[1] ?? m[2] ?? null) : null
}

function decodeQuotedPrintable(s: string): Buffer {
  const unfolded = s.replace(/=\r?\n/g, '')
  const out = Buffer.alloc(unfolded.length)
  let n = 0
  for (let i = 0; i < unfolded.length; i++) {
    const c = unfolded.charCodeAt(i)
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(unfolded.slice(i + 1, i + 3))) {
      out[n++] = parseInt(unfolded.slice(i + 1, i + 3), 16)
      i += 2
    } else {
      out[n++] = c & 0xff
    }
  }
  return out.subarray(0, n)
}

function bodyBytes(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase()
  if (encoding === 'base64') return Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body)
  return Buffer.from(part.body, 'latin1')
}

function htmlPart(message: string): Part | null {
  const top = splitPart(message)
  const type = top.headers.get('content-type') ?? ''
  if (!/^multipart\//i.test(type)) return /^text\/html/i.test(type) ? top : null
  const boundary = param(type, 'boundary')
  if (!boundary) return null
  const parts = top.body.split(`--${boundary}`).slice(1)
  for (const raw of parts) {
    if (raw.startsWith('--')) break
    const part = splitPart(raw.replace(/^\r?\n/, ''))
    if (/^text\/html/i.test(part.headers.get('content-type') ?? '')) return part
  }
  return null
}

export function mhtmlText(bytes: Uint8Array): { text: string; encoding: string } {
  const part = htmlPart(latin1(bytes))
  if (!part) throw new ImportError('damaged', IMPORT_MESSAGES.damaged(KIND_NAMES.mhtml))
  const charset = param(part.headers.get('content-type') ?? '', 'charset')
  return htmlFileText(bodyBytes(part), charset)
}

/**
 * A small zip writer for tests and fixtures: stored or deflated entries, and — for the import guards' tests —
 * entries whose declared inflated size is whatever the test says, true or not.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  /** The entry's bytes as stored in the zip. */
  data: Buffer
  /** 0 stored, 8 deflated. */
  method: 0 | 8
  /** What the directory says the entry inflates to. */
  size: number
  crc: number
}

export function stored(name: string, content: string | Buffer): ZipEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return { name, data, method: 0, size: data.length, crc: crc32(data) }
}

export function deflated(name: string, content: string | Buffer): ZipEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return { name, data: deflateRawSync(raw), method: 8, size: raw.length, crc: crc32(raw) }
}

/**
 * `megabytes` MB of zeros, deflated without ever holding them: one 1 MB chunk deflated with a full flush (which
 * ends byte-aligned and resets the dictionary), repeated, then an empty final block. About 1 KB per MB.
 * `declare` is the size the directory will state (the real one unless a test wants it to lie).
 */
export function zeroBomb(name: string, megabytes: number, declare = megabytes * 1024 * 1024): ZipEntry {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH, level: 9 })
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => chunk), Buffer.from([0x03, 0x00])])
  // The CRC is not what these tests are about: the guards refuse the file before any reader checks it.
  return { name, data, method: 8, size: declare, crc: 0 }
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const nameBuf = Buffer.from(e.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names in UTF-8
    local.writeUInt16LE(e.method, 8)
    local.writeUInt32LE(e.crc >>> 0, 14)
    local.writeUInt32LE(e.data.length, 18)
    local.writeUInt32LE(e.size, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(e.method, 10)
    central.writeUInt32LE(e.crc >>> 0, 16)
    central.writeUInt32LE(e.data.length, 20)
    central.writeUInt32LE(e.size, 24)
    central.writeUInt16LE(nameBuf.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBuf, e.data)
    centrals.push(central, nameBuf)
    offset += local.length + nameBuf.length + e.data.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/** The parts every .docx has besides its document. */
export function docxFrame(): ZipEntry[] {
  return [stored('[Content_Types].xml', CONTENT_TYPES), stored('_rels/.rels', RELS)]
}

/** A minimal .docx mammoth can read: one paragraph per string. */
export function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')
  return zip([
    ...docxFrame(),
    stored('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  ])
}

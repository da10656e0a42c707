/**
 * The limits every import keeps, and the zip check that runs before anything is inflated.
 *
 * A .docx is a zip. Its central directory says how many entries it has and how large each one is once
 * inflated; a “zip bomb” says (or hides) that 1 MB inflates to gigabytes. So, before mammoth sees the file:
 * 1. read the directory (yauzl; nothing is inflated) and refuse too many entries, or entries whose declared
 *    size or compression ratio is far beyond any real document;
 * 2. inflate the XML parts — the only parts text extraction reads — into a counter, never into memory, and
 *    refuse the file as soon as one yields more bytes than it declared or than the limit allows.
 * The worker's heap limit and time limit (run-import.ts) stand behind these for every other format.
 */
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Entry, ZipFile } from 'yauzl'
import { MAX_IMPORT_BYTES } from '../../../src-shared/api'
import { IMPORT_MESSAGES, ImportError } from './errors'

export interface ImportLimits {
  fileBytes: number
  zipEntries: number
  zipXmlEntryBytes: number
  zipXmlTotalBytes: number
  zipTotalBytes: number
  zipRatio: number
  zipRatioFloorBytes: number
  textChars: number
  workerHeapMb: number
  /** How much the process may grow while a worker runs: array buffers (inflated streams) sit outside the heap. */
  workerGrowthMb: number
  workerTimeMs: number
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  /** The file itself (the api and the CLI check it before reading, too). */
  fileBytes: MAX_IMPORT_BYTES,
  /** A real .docx has a few dozen entries; a few hundred with many images. */
  zipEntries: 5_000,
  /** One XML part once inflated: a 300-page report's document.xml is about 10 MB. */
  zipXmlEntryBytes: 64 * 1024 * 1024,
  /** All XML parts together once inflated. */
  zipXmlTotalBytes: 128 * 1024 * 1024,
  /** Everything in the zip once inflated, images included (images are stored, not inflated, by mammoth). */
  zipTotalBytes: 1024 * 1024 * 1024,
  /** Inflated ÷ compressed for any entry above 1 MB: XML compresses about 10:1, a bomb 1000:1. */
  zipRatio: 200,
  zipRatioFloorBytes: 1024 * 1024,
  /** Characters of text an import may produce: about 300 times a long government work report. */
  textChars: 10_000_000,
  /** The worker: its JavaScript heap, and how long an import may take. */
  workerHeapMb: 768,
  workerGrowthMb: 1024,
  workerTimeMs: 60_000,
}

/** Parts that text extraction parses: everything else (images, fonts, thumbnails) is never inflated. */
function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name)
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Counts the bytes written to it and fails once they pass `limit`, keeping none of them. */
function byteCounter(limit: number, tooMuch: () => Error): Writable {
  let total = 0
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.length
      done(total > limit ? tooMuch() : null)
    },
  })
}

/**
 * Checks a zip (a .docx) before it is opened for real. Throws ImportError: 'damaged' when it is not a
 * readable zip, 'expands-too-much' when it inflates beyond the limits. `kind` names the file in messages.
 */
export async function checkZip(bytes: Uint8Array, kind: string, limits: ImportLimits = IMPORT_LIMITS): Promise<void> {
  const damaged = () => new ImportError('damaged', IMPORT_MESSAGES.damaged(kind))
  const expands = () => new ImportError('expands-too-much', IMPORT_MESSAGES.expandsTooMuch(kind))
  // Loaded here, not at the top: most imports are not zips.
  const yauzl = (await import('yauzl')).default
  let zip: ZipFile
  try {
    zip = await yauzl.fromBufferPromise(asBuffer(bytes), { lazyEntries: true, validateEntrySizes: true })
  } catch {
    throw damaged()
  }
  try {
    if (zip.entryCount > limits.zipEntries) throw expands()
    const xmlParts: Entry[] = []
    let total = 0
    let xmlTotal = 0
    for await (const entry of zip.eachEntry()) {
      const size = entry.uncompressedSize
      total += size
      if (total > limits.zipTotalBytes) throw expands()
      if (size > limits.zipRatioFloorBytes && size > limits.zipRatio * Math.max(1, entry.compressedSize)) throw expands()
      if (isXmlPart(entry.fileName)) {
        xmlTotal += size
        if (size > limits.zipXmlEntryBytes || xmlTotal > limits.zipXmlTotalBytes) throw expands()
        xmlParts.push(entry)
      }
    }
    // The directory may lie: inflate each XML part into a counter. yauzl fails a stream that yields more
    // than its entry declared; the counter fails one that passes the limit either way.
    for (const entry of xmlParts) {
      const stream = await zip.openReadStreamPromise(entry)
      await pipeline(stream, byteCounter(limits.zipXmlEntryBytes, expands))
    }
  } catch (error) {
    if (error instanceof ImportError) throw error
    if (error instanceof Error && /too many bytes|exceed/i.test(error.message)) throw expands()
    throw damaged()
  } finally {
    zip.close()
  }
}

/** Refuses text beyond the character limit, whatever format it came from. */
export function checkTextSize(text: string, limits: ImportLimits = IMPORT_LIMITS): string {
  if (text.length > limits.textChars) throw new ImportError('too-much-text', IMPORT_MESSAGES.tooMuchText)
  return text
}

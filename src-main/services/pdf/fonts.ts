/**
 * The CJK font the PDF embeds: Noto Sans SC Regular and Bold (TTF, SIL OFL 1.1).
 *
 * The fonts are not committed (10 MB each). They come from the `@expo-google-fonts/noto-sans-sc` package,
 * and `copyBundledFonts` copies them with their licence into `resources/fonts/` for a packaged app (where
 * electron-builder ships `resources/fonts` as an extra resource). `resolveFonts` looks in a list of
 * candidate places, first hit wins, so the same code finds them in development, in tests, from the CLI
 * and in a packaged app.
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, parse } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PdfExportError } from './errors'

export const FONT_FAMILY = 'Noto Sans SC'
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc'
/** File names in `resources/fonts/`. */
export const BUNDLED_FILES = { regular: 'NotoSansSC-Regular.ttf', bold: 'NotoSansSC-Bold.ttf', licence: 'OFL.txt' } as const
/** File names inside the npm package. */
const PACKAGE_FILES = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf', licence: 'LICENSE_FONT' } as const

export interface FontFiles {
  regular: string
  bold: string
  /** The folder or package they came from, for messages and tests. */
  source: string
}

export interface FontCandidate {
  dir: string
  files: { regular: string; bold: string }
}

function packageDirs(): string[] {
  const dirs: string[] = []
  for (const base of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      const req = createRequire(base)
      dirs.push(dirname(req.resolve(`${FONT_PACKAGE}/package.json`)))
    } catch {
      // not resolvable from here
    }
  }
  return dirs
}

/** `dir`, its parent, … up to the root: where a `resources/fonts` folder may sit above this module. */
function ancestors(dir: string): string[] {
  const out: string[] = []
  let d = dir
  for (;;) {
    out.push(d)
    const up = dirname(d)
    if (up === d || d === parse(d).root) break
    d = up
  }
  return out
}

/** Where to look, in order. */
export function fontCandidates(env: NodeJS.ProcessEnv = process.env): FontCandidate[] {
  const bundled = (dir: string): FontCandidate => ({ dir, files: { regular: BUNDLED_FILES.regular, bold: BUNDLED_FILES.bold } })
  const out: FontCandidate[] = []
  if (env.HUIBAO_FONTS_DIR) out.push(bundled(env.HUIBAO_FONTS_DIR))
  // A packaged Electron app: extraResources land in process.resourcesPath.
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  if (resourcesPath) {
    out.push(bundled(join(resourcesPath, 'fonts')))
    out.push(bundled(join(resourcesPath, 'resources', 'fonts')))
    out.push(bundled(join(resourcesPath, 'app.asar.unpacked', 'resources', 'fonts')))
  }
  // Development, CLI and built `out/main`: the project's resources/fonts above this module, or the cwd's.
  const here = dirname(fileURLToPath(import.meta.url))
  for (const d of ancestors(here)) out.push(bundled(join(d, 'resources', 'fonts')))
  out.push(bundled(join(process.cwd(), 'resources', 'fonts')))
  for (const dir of packageDirs()) out.push({ dir, files: { regular: PACKAGE_FILES.regular, bold: PACKAGE_FILES.bold } })
  const seen = new Set<string>()
  return out.filter((c) => {
    const key = `${c.dir}\u0000${c.files.regular}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The first candidate with both files. Throws PdfExportError('font-missing') when none has them. */
export function resolveFontsFrom(candidates: readonly FontCandidate[], exists: (path: string) => boolean = existsSync): FontFiles {
  for (const c of candidates) {
    const regular = join(c.dir, c.files.regular)
    const bold = join(c.dir, c.files.bold)
    if (exists(regular) && exists(bold)) return { regular, bold, source: c.dir }
  }
  throw new PdfExportError(
    'font-missing',
    `找不到 PDF 所需的中文字体（${BUNDLED_FILES.regular}、${BUNDLED_FILES.bold}）。请重新安装汇报，或设置 HUIBAO_FONTS_DIR 指向字体所在的文件夹。`,
  )
}

let cached: FontFiles | null = null
export function resolveFonts(): FontFiles {
  cached ??= resolveFontsFrom(fontCandidates())
  return cached
}

/**
 * Copies the fonts and their OFL licence from the npm package into `targetDir` (normally
 * `<project>/resources/fonts`, before packaging). Returns the files written; skips files already there.
 */
export function copyBundledFonts(targetDir: string): string[] {
  const pkg = packageDirs()[0]
  if (!pkg) throw new PdfExportError('font-missing', `找不到字体包 ${FONT_PACKAGE}，请先运行 npm ci。`)
  mkdirSync(targetDir, { recursive: true })
  const written: string[] = []
  for (const key of ['regular', 'bold', 'licence'] as const) {
    const to = join(targetDir, BUNDLED_FILES[key])
    if (existsSync(to)) continue
    copyFileSync(join(pkg, PACKAGE_FILES[key]), to)
    written.push(to)
  }
  return written
}

// ── Which characters the font has ─────────────────────────────────────────────────────────────────────

/** Where the font's table `tag` starts and how long it is, from the table directory; null when it has none. */
function findTable(directory: Uint8Array, tag: string): { offset: number; length: number } | null {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength)
  const numTables = view.getUint16(4)
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16
    if (String.fromCharCode(directory[rec]!, directory[rec + 1]!, directory[rec + 2]!, directory[rec + 3]!) === tag) {
      return { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) }
    }
  }
  return null
}

/** The code points a TrueType font maps (its cmap, format 4 or 12 Unicode subtable), from the whole font file. */
export function readCmap(bytes: Uint8Array): (codePoint: number) => boolean {
  const cmap = findTable(bytes, 'cmap')
  if (!cmap) throw new Error('font has no cmap table')
  return parseCmap(bytes.subarray(cmap.offset))
}

/** The same from the font file on disk, reading only its table directory and its cmap (not the 10 MB of glyphs). */
export function readCmapOfFile(file: string): (codePoint: number) => boolean {
  const fd = openSync(file, 'r')
  try {
    const read = (position: number, length: number) => {
      const buf = new Uint8Array(length)
      const got = readSync(fd, buf, 0, length, position)
      if (got !== length) throw new Error(`font file is truncated: ${file}`)
      return buf
    }
    const numTables = new DataView(read(0, 12).buffer).getUint16(4)
    const cmap = findTable(read(0, 12 + numTables * 16), 'cmap')
    if (!cmap) throw new Error('font has no cmap table')
    return parseCmap(read(cmap.offset, cmap.length))
  } finally {
    closeSync(fd)
  }
}

/** Parses a cmap table (`bytes` starts at the table). */
function parseCmap(bytes: Uint8Array): (codePoint: number) => boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const n = view.getUint16(2)
  let best: { format: number; offset: number } | null = null
  for (let i = 0; i < n; i++) {
    const rec = 4 + i * 8
    const platform = view.getUint16(rec)
    const encoding = view.getUint16(rec + 2)
    const offset = view.getUint32(rec + 4)
    const format = view.getUint16(offset)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode) continue
    if (format === 12 && (best === null || best.format !== 12)) best = { format, offset }
    else if (format === 4 && best === null) best = { format, offset }
  }
  if (!best) throw new Error('font has no Unicode cmap')
  const ranges: [number, number][] = []
  if (best.format === 12) {
    const groups = view.getUint32(best.offset + 12)
    for (let g = 0; g < groups; g++) {
      const p = best.offset + 16 + g * 12
      ranges.push([view.getUint32(p), view.getUint32(p + 4)])
    }
  } else {
    const o = best.offset
    const segX2 = view.getUint16(o + 6)
    const ends = o + 14
    const starts = ends + segX2 + 2
    const deltas = starts + segX2
    const rangeOffsets = deltas + segX2
    for (let s = 0; s < segX2 / 2; s++) {
      const end = view.getUint16(ends + 2 * s)
      const start = view.getUint16(starts + 2 * s)
      const delta = view.getUint16(deltas + 2 * s)
      const ro = view.getUint16(rangeOffsets + 2 * s)
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number
        if (ro === 0) glyph = (c + delta) & 0xffff
        else {
          const addr = rangeOffsets + 2 * s + ro + 2 * (c - start)
          glyph = view.getUint16(addr)
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff
        }
        if (glyph !== 0) ranges.push([c, c])
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  return (cp: number) => {
    let lo = 0
    let hi = ranges.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const r = ranges[mid]!
      if (cp < r[0]) hi = mid - 1
      else if (cp > r[1]) lo = mid + 1
      else return true
    }
    return false
  }
}

const coverageCache = new Map<string, (cp: number) => boolean>()
/** Whether the font file maps a code point; the cmap is read once per file. */
export function fontCoverage(file: string): (codePoint: number) => boolean {
  let has = coverageCache.get(file)
  if (!has) {
    has = readCmapOfFile(file)
    coverageCache.set(file, has)
  }
  return has
}

/**
 * Build time only (electron.vite.config.ts runs it for the renderer; no program imports it).
 *
 * Screen fonts that weigh what they should: Noto Sans SC (the face the PDF embeds and the slide layouts
 * measure with) cut into WOFF2 subsets, so a page downloads only the characters it shows.
 *
 * - The core subset of each weight holds Latin, punctuation, CJK symbols, full-width forms and GB 2312's
 *   symbols and 3,755 level-1 hanzi. Its @font-face has no unicode-range: every page loads it.
 * - The common subset holds GB 2312's 3,008 level-2 hanzi, which reports use now and then (锂, 暨, 祉);
 *   a page loads it when it shows one of them.
 * - Every other character of the font is in a tail slice of about a thousand code points (勠, rare names).
 *   Each of these faces' unicode-range lists exactly its code points, so the browser fetches a subset only
 *   when a page shows one of its characters.
 *
 * Subsetting keeps each glyph's advance width and the font's vertical metrics, so text measures exactly as
 * with the full TTF. Generating takes a minute (WOFF2's Brotli at its highest level), so the result is
 * cached under node_modules/.cache, keyed by the font package's version, this generator's version and the
 * slicing; the build reuses it and emits the files as hashed assets (`screenFontsPlugin`).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Plugin } from 'vite'
import { readCmap } from '../services/pdf/fonts'

/** Bump when the slicing or the output changes, to regenerate every cache. */
const GENERATOR_VERSION = 2
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc'
const WEIGHTS = { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' } as const
export type ScreenFontWeight = keyof typeof WEIGHTS
/** Code points per tail slice. */
const TAIL_SLICE_SIZE = 1000

export interface ScreenFontFace {
  weight: ScreenFontWeight
  /** File name inside the cache folder. */
  file: string
  /** CSS unicode-range; null for the core subset, which every page loads. */
  unicodeRange: string | null
}

/** Blocks kept whole in the core: Latin, punctuation, symbols, CJK punctuation, full-width forms. */
const CORE_BLOCKS: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f],
  [0x2100, 0x218f],
  [0x2190, 0x21ff],
  [0x2460, 0x24ff],
  [0x25a0, 0x25ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
]

/** GB 2312's characters in rows `from`..`to`, decoded from their GBK byte pairs: the standard itself, with no list to keep. */
function gb2312Rows(from: number, to: number): Set<number> {
  const decoder = new TextDecoder('gbk')
  const out = new Set<number>()
  for (let hi = from; hi <= to; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) continue // row 55 ends at D7F9
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      const cp = ch.codePointAt(0)!
      if ([...ch].length === 1 && cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) out.add(cp)
    }
  }
  return out
}

/** What every page loads: the blocks above, GB 2312's symbols (rows 1–9) and its level-1 hanzi (rows 16–55). */
export function coreCodePoints(): Set<number> {
  const core = new Set([...gb2312Rows(0xa1, 0xa9), ...gb2312Rows(0xb0, 0xd7)])
  for (const [from, to] of CORE_BLOCKS) for (let cp = from; cp <= to; cp++) core.add(cp)
  return core
}

/** GB 2312's level-2 hanzi (rows 56–87). */
export function commonCodePoints(): Set<number> {
  return gb2312Rows(0xd8, 0xf7)
}

/** “U+20-7E,U+A0” from code points (sorted or not). */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    const hex = (n: number) => n.toString(16).toUpperCase()
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`)
    i = j + 1
  }
  return parts.join(',')
}

export interface SlicePlan {
  core: number[]
  common: number[]
  tail: number[][]
}

/** The font's code points split into the core, the common subset, and tail slices of the rest. */
export function planSlices(fontCodePoints: readonly number[], core: ReadonlySet<number>, common: ReadonlySet<number>, sliceSize = TAIL_SLICE_SIZE): SlicePlan {
  const sorted = [...fontCodePoints].sort((a, b) => a - b)
  const rest = sorted.filter((cp) => !core.has(cp) && !common.has(cp))
  const tail: number[][] = []
  for (let i = 0; i < rest.length; i += sliceSize) tail.push(rest.slice(i, i + sliceSize))
  return { core: sorted.filter((cp) => core.has(cp)), common: sorted.filter((cp) => !core.has(cp) && common.has(cp)), tail }
}

/** Every code point a TrueType font maps. */
export function fontCodePoints(ttf: Uint8Array): number[] {
  const has = readCmap(ttf)
  const out: number[] = []
  for (let cp = 0x20; cp <= 0x10ffff; cp++) if (has(cp)) out.push(cp)
  return out
}

function packageDir(): { dir: string; version: string } {
  const pkgJson = createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`)
  return { dir: dirname(pkgJson), version: (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version }
}

function cacheKey(version: string, tiers: ReadonlySet<number>[]): string {
  const hash = createHash('sha256')
  hash.update(`${GENERATOR_VERSION}\u0000${version}\u0000${TAIL_SLICE_SIZE}`)
  for (const tier of tiers) hash.update(`\u0000${[...tier].sort((a, b) => a - b).join(',')}`)
  return hash.digest('hex').slice(0, 16)
}

export interface ScreenFonts {
  dir: string
  faces: ScreenFontFace[]
}

/** The cached subsets, generated first when missing. `log` hears about a generation (it takes a while). */
export async function screenFonts(cacheRoot: string, log: (line: string) => void = () => {}): Promise<ScreenFonts> {
  const { dir: pkg, version } = packageDir()
  const core = coreCodePoints()
  const common = commonCodePoints()
  const dir = join(cacheRoot, `noto-sans-sc-${cacheKey(version, [core, common])}`)
  const manifest = join(dir, 'faces.json')
  if (existsSync(manifest)) return { dir, faces: JSON.parse(readFileSync(manifest, 'utf8')) as ScreenFontFace[] }

  log('正在生成屏幕字体子集（只在首次构建时进行，约需一两分钟）…')
  const building = `${dir}.tmp-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(building, { recursive: true })
  // One worker thread per weight: the two weights take their minute side by side.
  const perWeight = await Promise.all(
    Object.entries(WEIGHTS).map(async ([weightKey, file]) => {
      const weight = Number(weightKey) as ScreenFontWeight
      const ttfPath = join(pkg, file)
      const plan = planSlices(fontCodePoints(readFileSync(ttfPath)), core, common)
      const slices = [
        { name: 'core', codePoints: plan.core, range: null },
        { name: 'common', codePoints: plan.common, range: unicodeRange(plan.common) },
        ...plan.tail.map((cps, i) => ({ name: String(i + 1).padStart(2, '0'), codePoints: cps, range: unicodeRange(cps) })),
      ]
      const woff2s = await subsetInWorker(ttfPath, slices.map((slice) => String.fromCodePoint(...slice.codePoints)))
      return slices.map((slice, i): ScreenFontFace => {
        const name = `noto-sans-sc-${weight}-${slice.name}.woff2`
        writeFileSync(join(building, name), woff2s[i]!)
        return { weight, file: name, unicodeRange: slice.range }
      })
    }),
  )
  const faces = perWeight.flat()
  writeFileSync(join(building, 'faces.json'), JSON.stringify(faces))
  rmSync(dir, { recursive: true, force: true })
  renameSync(building, dir)
  return { dir, faces }
}

/**
 * WOFF2 subsets of one font, one per text, made in a worker thread with subset-font (harfbuzz's hb-subset
 * and Google's woff2 encoder, both WebAssembly). The worker is plain CommonJS evaluated from a string, so
 * it runs the same from the sources and from electron-vite's bundled config.
 */
function subsetInWorker(ttfPath: string, texts: string[]): Promise<Uint8Array[]> {
  const subsetFontPath = createRequire(import.meta.url).resolve('subset-font')
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    const { readFileSync } = require('node:fs')
    const subsetFont = require(workerData.subsetFontPath)
    ;(async () => {
      const ttf = readFileSync(workerData.ttfPath)
      const out = []
      for (const text of workerData.texts) out.push(new Uint8Array(await subsetFont(ttf, text, { targetFormat: 'woff2' })))
      parentPort.postMessage(out)
    })().catch((error) => { throw error })`
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { subsetFontPath, ttfPath, texts } })
    worker.once('message', (out: Uint8Array[]) => resolve(out))
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`字体子集生成失败（退出码 ${code}）`))))
  })
}

const VIRTUAL_ID = 'virtual:screen-fonts'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

/**
 * `import { SCREEN_FONT_FACES } from 'virtual:screen-fonts'`: the faces with their asset URLs (Vite emits
 * each file as a hashed asset through `?url`) and unicode-ranges. The built index.html also preloads the
 * two core subsets, so they download beside the first script instead of after it has run.
 */
export function screenFontsPlugin(cacheRoot: string): Plugin {
  let fonts: Promise<ScreenFonts> | null = null
  return {
    name: 'huibao-screen-fonts',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null
      fonts ??= screenFonts(cacheRoot, (line) => this.info(line))
      const { dir, faces } = await fonts
      const imports = faces.map((f, i) => `import u${i} from ${JSON.stringify(`${join(dir, f.file)}?url`)}`)
      const ranges = [...new Set(faces.flatMap((f) => (f.unicodeRange ? [f.unicodeRange] : [])))]
      const list = faces.map((f, i) => `{ weight: ${f.weight}, url: u${i}, unicodeRange: ${f.unicodeRange === null ? 'null' : `r${ranges.indexOf(f.unicodeRange)}`} }`)
      return [...imports, ...ranges.map((r, i) => `const r${i} = ${JSON.stringify(r)}`), `export const SCREEN_FONT_FACES = [${list.join(',\n')}]`].join('\n')
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter((file) => file.type === 'asset' && /(^|\/)noto-sans-sc-\d+-core-[\w-]+\.woff2$/.test(file.fileName))
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${file.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const })),
    },
  }
}

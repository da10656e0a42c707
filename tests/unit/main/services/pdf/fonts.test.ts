import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BUNDLED_FILES, copyBundledFonts, fontCandidates, fontCoverage, readCmap, resolveFonts, resolveFontsFrom } from '../../../../../src-main/services/pdf/fonts'
import { PdfExportError } from '../../../../../src-main/services/pdf/errors'

const dir = mkdtempSync(join(tmpdir(), 'huibao-fonts-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('font resolver', () => {
  it('finds Noto Sans SC Regular and Bold in development', () => {
    const f = resolveFonts()
    expect(existsSync(f.regular) && existsSync(f.bold)).toBe(true)
    expect(f.regular).toMatch(/NotoSansSC.*Regular\.ttf$/)
    expect(f.bold).toMatch(/NotoSansSC.*Bold\.ttf$/)
  })

  it('looks in HUIBAO_FONTS_DIR, the packaged app’s resources, resources/fonts, then the npm package', () => {
    const withEnv = fontCandidates({ HUIBAO_FONTS_DIR: '/opt/fonts' })
    expect(withEnv[0]!.dir).toBe('/opt/fonts')
    const dirs = withEnv.map((c) => c.dir)
    expect(dirs.some((d) => d.endsWith(join('resources', 'fonts')))).toBe(true)
    expect(dirs.at(-1)).toMatch(/@expo-google-fonts[\\/]noto-sans-sc$/)
    const proc = process as { resourcesPath?: string }
    proc.resourcesPath = '/app/resources'
    try {
      expect(fontCandidates({}).map((c) => c.dir)).toContain(join('/app/resources', 'fonts'))
    } finally {
      delete proc.resourcesPath
    }
  })

  it('takes the first candidate that has both files, and says clearly when none has', () => {
    const present = new Set(['/b/NotoSansSC-Regular.ttf', '/b/NotoSansSC-Bold.ttf', '/a/NotoSansSC-Regular.ttf'])
    const cands = ['/a', '/b'].map((d) => ({ dir: d, files: { regular: BUNDLED_FILES.regular, bold: BUNDLED_FILES.bold } }))
    expect(resolveFontsFrom(cands, (p) => present.has(p)).source).toBe('/b')
    expect(() => resolveFontsFrom(cands, () => false)).toThrow(PdfExportError)
    expect(() => resolveFontsFrom(cands, () => false)).toThrow(/找不到 PDF 所需的中文字体/)
  })

  it('copies the fonts with their OFL licence into a resources folder', () => {
    const target = join(dir, 'resources', 'fonts')
    const written = copyBundledFonts(target)
    expect(written).toHaveLength(3)
    expect(readFileSync(join(target, BUNDLED_FILES.licence), 'utf8')).toMatch(/SIL Open Font License/)
    expect(copyBundledFonts(target)).toHaveLength(0)
    expect(resolveFontsFrom([{ dir: target, files: { regular: BUNDLED_FILES.regular, bold: BUNDLED_FILES.bold } }]).source).toBe(target)
  })
})

describe('font coverage', () => {
  it('knows which characters Noto Sans SC has', () => {
    const has = fontCoverage(resolveFonts().regular)
    for (const ch of '玉林市政府工作报告，。“”（）%0aZ') expect(has(ch.codePointAt(0)!), ch).toBe(true)
    expect(has(0x1f600)).toBe(false)
  })

  it('reads a format 4 cmap', () => {
    // A minimal font: one table (cmap) with one format 4 subtable mapping 0x41..0x42.
    const sub = [4, 32, 0, 4, 4, 1, 0, 0x42, 0xffff, 0, 0x41, 0xffff, (1 - 0x41) & 0xffff, 1, 0, 0]
    const subBytes = Buffer.alloc(sub.length * 2)
    sub.forEach((v, i) => subBytes.writeUInt16BE(v, i * 2))
    const cmap = Buffer.concat([Buffer.from([0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12]), subBytes])
    const head = Buffer.alloc(12 + 16)
    head.writeUInt16BE(1, 4)
    head.write('cmap', 12, 'latin1')
    head.writeUInt32BE(28, 20)
    const has = readCmap(new Uint8Array(Buffer.concat([head, cmap])))
    expect(has(0x41)).toBe(true)
    expect(has(0x42)).toBe(true)
    expect(has(0x43)).toBe(false)
  })
})

/**
 * LibreOffice Impress for tests and benches that look at a .pptx as a reader would: `soffice --headless
 * --convert-to pdf` in a throw-away profile, with 微软雅黑 (the face the deck names, not on this machine)
 * mapped to the bundled Noto Sans SC, whose CJK advances are the same one em. Absent: the callers skip.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { resolveFonts } from '../../src-main/services/pdf/fonts'

export function sofficePath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null
}

export const SOFFICE_MISSING = 'LibreOffice (soffice) is not installed: apt-get install libreoffice-impress to open the exported .pptx in Impress'

/** Converts `pptx` to a PDF beside it and returns the PDF's path. */
export function pptxToPdf(pptx: string): string {
  const work = mkdtempSync(join(tmpdir(), 'huibao-soffice-'))
  const fonts = resolveFonts()
  const conf = join(work, 'fonts.conf')
  const alias = (family: string) => `<alias binding="same"><family>${family}</family><prefer><family>Noto Sans SC</family></prefer></alias>`
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${dirname(fonts.regular)}</dir><dir>${dirname(fonts.bold)}</dir>${alias('微软雅黑')}${alias('Microsoft YaHei')}<cachedir>${join(work, 'cache')}</cachedir></fontconfig>`,
  )
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dirname(pptx), pptx], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: conf },
    timeout: 300_000,
  })
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`)
  return join(dirname(pptx), basename(pptx).replace(/\.pptx$/, '.pdf'))
}

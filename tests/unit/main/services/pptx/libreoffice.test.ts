import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderBriefingPptx } from '../../../../../src-main/services/pptx/export'
import { SOFFICE_MISSING, pptxToPdf, sofficePath } from '../../../../helpers/libreoffice'
import { pdfPages, pdfText, sampleBriefing } from '../pdf/helpers'

const dir = mkdtempSync(join(tmpdir(), 'huibao-pptx-lo-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const hasSoffice = sofficePath() !== null
if (!hasSoffice) console.warn(`skipped: ${SOFFICE_MISSING}`)

describe('the exported deck in LibreOffice Impress', () => {
  it.skipIf(!hasSoffice)('opens and converts to PDF: one page per slide, every title and bullet as text', async () => {
    const { briefing, report } = await sampleBriefing()
    const r = await renderBriefingPptx({ briefing, reports: [report] })
    const file = join(dir, 'sample.pptx')
    writeFileSync(file, r.bytes)
    const pdf = pptxToPdf(file)
    expect(pdfPages(pdf)).toBe(briefing.slides.length)
    const squeeze = (s: string) => s.replace(/\s+/g, '')
    briefing.slides.forEach((slide, i) => {
      const text = squeeze(pdfText(pdf, i + 1))
      expect(text, `slide ${i + 1}`).toContain(squeeze(slide.title))
      if (slide.layout === 'section') for (const b of slide.bullets) expect(text).toContain(squeeze(b))
    })
  }, 300_000)
})

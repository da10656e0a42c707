import { readFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { openPptx, titleOf } from '../helpers/pptx'

test('exports a drafted briefing as a PDF handout from the editor, with a live page count', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('report-item').getByTestId('draft-briefing').click()
  await expect(page.getByTestId('slide-thumb').first()).toBeVisible()
  // The rail draws only the thumbnails in view; it knows how many slides there are.
  const slides = Number(await page.getByTestId('slide-rail').getAttribute('data-count'))
  expect(slides).toBeGreaterThan(5)

  await page.getByTestId('export-pdf').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('export-page-count')).toHaveText(`共 ${Math.ceil(slides / 2)} 页`)
  await page.getByTestId('export-layout').selectOption('6')
  await expect(page.getByTestId('export-page-count')).toHaveText(`共 ${Math.ceil(slides / 6)} 页`)
  await page.getByTestId('export-range').fill('1-3')
  await expect(page.getByTestId('export-page-count')).toHaveText('共 1 页')
  await page.getByTestId('export-range').fill('')
  await page.getByTestId('export-layout').selectOption('4')
  await page.getByTestId('export-marking').fill('内部资料 注意保存')

  const downloadPromise = page.waitForEvent('download')
  await page.getByTestId('export-run').click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  const file = join(await mkdtemp(join(tmpdir(), 'huibao-pdf-')), 'out.pdf')
  await download.saveAs(file)
  expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-')
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(Math.ceil(slides / 4))
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(text).toContain('内部资料 注意保存')
  expect(text).toContain('2024年政府工作报告')
})

test('exports the drafted briefing as an editable PowerPoint deck beside the PDF', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('report-item').getByTestId('draft-briefing').click()
  await expect(page.getByTestId('slide-thumb').first()).toBeVisible()
  const slides = Number(await page.getByTestId('slide-rail').getAttribute('data-count'))

  await page.getByTestId('export-pptx').click()
  await expect(page.getByTestId('export-pptx-dialog')).toBeVisible()
  await expect(page.getByTestId('export-pptx-count')).toHaveText(`共 ${slides} 张幻灯片`)
  const downloadPromise = page.waitForEvent('download')
  await page.getByTestId('export-pptx-run').click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.pptx$/)
  const file = join(await mkdtemp(join(tmpdir(), 'huibao-pptx-')), 'out.pptx')
  await download.saveAs(file)
  const pkg = await openPptx(await readFile(file))
  expect(pkg.slides).toHaveLength(slides)
  expect(titleOf(pkg.doc(pkg.slides[0]!))?.text).toBe('2024年政府工作报告')
  await expect(page.getByTestId('export-pptx-dialog')).toBeHidden()
})

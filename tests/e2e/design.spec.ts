import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'

const PHOTO = fileURLToPath(new URL('../fixtures/images/site-photo.jpg', import.meta.url))

async function draft(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByTestId('report-item').getByTestId('draft-briefing').click()
  await expect(page.getByTestId('slide-thumb').first()).toBeVisible()
}

test('theme and page shape switch at any time, on the canvas and the thumbnails, and undo', async ({ page, host }) => {
  await draft(page, host.url)
  const slide = page.getByTestId('slide-canvas').locator('[data-theme]')
  await expect(slide).toHaveAttribute('data-theme', 'red')
  await page.getByTestId('deck-style').click()
  await page.getByTestId('theme-blue').click()
  await expect(slide).toHaveAttribute('data-theme', 'blue')
  await expect(page.getByTestId('slide-thumb').first().locator('[data-theme]')).toHaveAttribute('data-theme', 'blue')
  await page.getByTestId('aspect-4:3').check()
  await expect(slide).toHaveAttribute('data-aspect', '4:3')
  await page.getByTestId('chrome-page-numbers').uncheck()
  await expect(page.getByTestId('slide-canvas').locator('[data-el="page-number"]')).toHaveCount(0)
  await page.getByTestId('undo').click()
  await page.getByTestId('undo').click()
  await expect(slide).toHaveAttribute('data-aspect', '16:9')
  await page.getByTestId('undo').click()
  await expect(slide).toHaveAttribute('data-theme', 'red')
  await page.getByTestId('redo').click()
  await expect(slide).toHaveAttribute('data-theme', 'blue')
  // Saved with the briefing: it reopens blue.
  await expect(page.locator('main.editor')).toHaveAttribute('data-dirty', 'false', { timeout: 3000 })
  await page.reload()
  await expect(page.getByTestId('slide-canvas').locator('[data-theme]')).toHaveAttribute('data-theme', 'blue')
})

test('a picture slide: choose a photo, it shows on the canvas, survives a reload and is embedded in the PDF', async ({ page, host }) => {
  await draft(page, host.url)
  await page.getByTestId('add-slide').click()
  await page.getByTestId('add-slide-picture').click()
  const canvas = page.getByTestId('slide-canvas')
  await expect(canvas).toHaveAttribute('data-layout', 'picture')
  await expect(canvas.locator('[data-el="picture"]')).toContainText('点击选择图片')
  await page.getByTestId('prop-picture-file').setInputFiles(PHOTO)
  await expect(canvas.locator('[data-el="picture"] img')).toHaveAttribute('src', /^data:image\/jpeg;base64,/)
  // Not a picture: one clear sentence, nothing changes.
  await page.getByTestId('prop-picture-file').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片') })
  await expect(page.getByRole('alert').or(page.locator('.notice')).first()).toContainText('不是 PNG 或 JPEG 图片')
  await expect(canvas.locator('[data-el="picture"] img')).toHaveCount(1)
  const index = await canvas.getAttribute('data-slide-index')
  await expect(page.locator('main.editor')).toHaveAttribute('data-dirty', 'false', { timeout: 3000 })
  await page.reload()
  await page.getByTestId('slide-thumb').nth(Number(index)).getByRole('button').first().click()
  await expect(page.getByTestId('slide-canvas').locator('[data-el="picture"] img')).toHaveAttribute('src', /^data:image\/jpeg/)

  await page.getByTestId('export-pdf').click()
  await page.getByTestId('export-layout').selectOption('1')
  await page.getByTestId('export-paper').selectOption('slide')
  const downloadPromise = page.waitForEvent('download')
  await page.getByTestId('export-run').click()
  const file = join(await mkdtemp(join(tmpdir(), 'huibao-pdf-')), 'slides.pdf')
  await (await downloadPromise).saveAs(file)
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+960 x 540 pts/)
  expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/\s480\s+320\s/)
})

test('text that does not fit is flagged in the editor, and the bullets continue on a “（续）” slide', async ({ page, host }) => {
  await draft(page, host.url)
  await page.locator('[data-testid="slide-thumb"][data-layout="section"]').first().getByRole('button').first().click()
  // The rail draws only the thumbnails in view; it states the deck's length in data-count.
  const rail = page.getByTestId('slide-rail')
  const count = Number(await rail.getAttribute('data-count'))
  const bullets = page.getByTestId('prop-bullets')
  await bullets.fill(Array.from({ length: 12 }, (_, i) => `第${i + 1}条：持续优化营商环境，深化“放管服”改革，推动政务服务事项全程网办`).join('\n'))
  await expect(page.getByTestId('overflow-warning')).toContainText('要点')
  await page.getByTestId('overflow-split').click()
  await expect(page.getByTestId('overflow-warning')).toHaveCount(0)
  await expect(rail).toHaveAttribute('data-count', String(count + 1))
  await page.keyboard.press('ArrowDown')
  await expect(page.getByTestId('slide-canvas').getByRole('textbox', { name: '标题', exact: true })).toHaveText(/（续）$/)
})

test('while editing, the browser breaks every text into the lines the fitting rule (and so the PDF) uses', async ({ page, host }) => {
  await draft(page, host.url)
  await page.evaluate(() => document.fonts.ready)
  // The rail draws only the thumbnails in view (always the selected one): step through with ↓.
  const count = Number(await page.getByTestId('slide-rail').getAttribute('data-count'))
  let compared = 0
  await page.locator('[data-testid="slide-thumb"][data-index="0"]').getByRole('button').first().click()
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('ArrowDown')
    await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-slide-index', String(i))
    await expect(page.locator(`[data-testid="slide-thumb"][data-index="${i}"]`)).toBeVisible()
    const pairs = await page.evaluate((index) => {
      const canvas = document.querySelector('[data-testid="slide-canvas"]')!
      const thumb = document.querySelector(`[data-testid="slide-thumb"][data-index="${index}"]`)!
      const out: { id: string; editing: number; fitted: number }[] = []
      for (const el of canvas.querySelectorAll<HTMLElement>('[contenteditable][data-el]')) {
        // The thumbnail draws the fitted lines; the editable text is wrapped by the browser.
        const fitted = thumb.querySelector<HTMLElement>(`[data-el="${el.dataset.el}"]`)
        if (!fitted || !el.textContent) continue
        const range = document.createRange()
        range.selectNodeContents(el)
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        out.push({ id: el.dataset.el!, editing: tops.size, fitted: (fitted.textContent ?? '').split('\n').length })
      }
      return out
    }, i)
    for (const p of pairs) expect(p.editing, `slide ${i + 1} ${p.id}`).toBe(p.fitted)
    compared += pairs.length
  }
  expect(compared).toBeGreaterThan(100)
})

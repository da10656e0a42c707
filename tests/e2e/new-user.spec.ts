/**
 * The rough edges a new user met (issue 16), each driven through the real app: notices and the show,
 * the rail after a show, undo steps, the way back from 来源, copying slides, Esc in the metric form,
 * the shortcut list, the paper list, English leftovers, the icon, and charts that cannot show their data.
 */
import type { Page } from '@playwright/test'
import { test, expect, type WebHostHandle } from './fixtures'
import { draftDeck } from './decks'

const canvas = (page: Page) => page.getByTestId('slide-canvas')
const thumb = (page: Page, index: number) => page.locator(`[data-testid="slide-thumb"][data-index="${index}"]`)
const slideCount = async (page: Page) => Number(await page.getByTestId('slide-rail').getAttribute('data-count'))

async function openEditor(page: Page, host: WebHostHandle, id: string): Promise<void> {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await page.goto(`${host.origin}/#/briefing/${id}`)
  await expect(canvas(page)).toHaveAttribute('data-slide-index', '0')
}

/** Selects a slide by its thumbnail (drawn, as the rail draws those near the selection). */
async function select(page: Page, index: number): Promise<void> {
  await thumb(page, index).getByRole('button', { name: /第 \d+ 页/ }).click()
  await expect(canvas(page)).toHaveAttribute('data-slide-index', String(index))
}

test('an error notice never covers the show, and is still there after it', async ({ page, host }) => {
  const deck = await draftDeck(host)
  await page.goto(host.url)
  await page.getByTestId('import-file-input').setInputFiles({ name: '空文件.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) })
  const notice = page.getByRole('alert').filter({ hasText: '空' })
  await expect(notice).toBeVisible()
  await page.goto(`${host.origin}/#/show/${deck.id}?from=0`)
  await expect(page.getByTestId('show-view')).toHaveAttribute('data-slide-index', '0')
  await expect(notice).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(canvas(page)).toBeVisible()
  await expect(notice).toBeVisible()
})

test('after Esc from the show the rail shows the slide the canvas shows (slide 29 of 40)', async ({ page, host }) => {
  const deck = await draftDeck(host, 40)
  await openEditor(page, host, deck.id)
  await page.getByTestId('present-start').click()
  const show = page.getByTestId('show-view')
  await expect(show).toHaveAttribute('data-slide-index', '0')
  await page.keyboard.press('2')
  await page.keyboard.press('9')
  await page.keyboard.press('Enter')
  await expect(show).toHaveAttribute('data-slide-index', '28')
  await page.keyboard.press('Escape')
  await expect(canvas(page)).toHaveAttribute('data-slide-index', '28')
  await expect(thumb(page, 28)).toBeInViewport()
  await expect(thumb(page, 28).getByRole('button', { name: /第 29 页/ })).toHaveAttribute('aria-current', 'true')
})

test('typing, Enter, and typing again in the same title are two undo steps, not one', async ({ page, host }) => {
  const deck = await draftDeck(host)
  await openEditor(page, host, deck.id)
  // A content slide's title is one line: Enter ends the edit.
  await select(page, deck.slides.findIndex((s) => s.layout === 'section'))
  const title = canvas(page).getByRole('textbox', { name: '标题', exact: true })
  const original = (await title.textContent()) ?? ''
  await title.click()
  await page.keyboard.press('End')
  await page.keyboard.type('甲')
  await page.keyboard.press('Enter')
  await title.click()
  await page.keyboard.press('End')
  await page.keyboard.type('乙')
  await expect(title).toHaveText(`${original}甲乙`)
  await page.keyboard.press('Control+Z')
  await expect(title).toHaveText(`${original}甲`)
  await page.keyboard.press('Control+Z')
  await expect(title).toHaveText(original)
})

test('来源 opens the report; 返回汇报 comes back to the same slide', async ({ page, host }) => {
  const deck = await draftDeck(host)
  const kpi = deck.slides.findIndex((s) => s.layout === 'kpi')
  await openEditor(page, host, deck.id)
  await select(page, kpi)
  await page.getByTestId('slide-source').click()
  await expect(page).toHaveURL(/#\/report\/r-[^?]+\?metric=/)
  await page.getByTestId('back-to-briefing').click()
  await expect(page).toHaveURL(new RegExp(`#/briefing/${deck.id}`))
  await expect(canvas(page)).toHaveAttribute('data-slide-index', String(kpi))
  await expect(thumb(page, kpi)).toBeInViewport()
})

test('Ctrl+C and Ctrl+V copy a slide within a briefing and into another one; Ctrl+Z takes it back', async ({ page, host }) => {
  const a = await draftDeck(host)
  const b = await draftDeck(host, undefined, '第二份汇报')
  const kpi = a.slides.findIndex((s) => s.layout === 'kpi')
  await openEditor(page, host, a.id)
  await select(page, kpi)
  await page.keyboard.press('Control+C')
  await expect(page.getByRole('status').filter({ hasText: `已复制第 ${kpi + 1} 页` })).toBeVisible()
  // Within the briefing: after the current slide, selected.
  await page.keyboard.press('Control+V')
  await expect.poll(() => slideCount(page)).toBe(a.slides.length + 1)
  await expect(canvas(page)).toHaveAttribute('data-slide-index', String(kpi + 1))
  await expect(canvas(page)).toHaveAttribute('data-layout', 'kpi')

  // Into another briefing: the same slide, with a new id.
  await page.goto(`${host.origin}/#/briefing/${b.id}`)
  await expect(page.getByRole('heading', { name: '第二份汇报' })).toBeVisible()
  await select(page, 0)
  await page.keyboard.press('Control+V')
  await expect.poll(() => slideCount(page)).toBe(b.slides.length + 1)
  await expect(canvas(page)).toHaveAttribute('data-slide-index', '1')
  await expect(canvas(page).getByRole('textbox', { name: '标题', exact: true })).toHaveText(a.slides[kpi]!.title)
  const pastedId = await thumb(page, 1).getAttribute('data-slide-id')
  expect(pastedId).not.toBe(a.slides[kpi]!.id)
  await page.keyboard.press('Control+Z')
  await expect.poll(() => slideCount(page)).toBe(b.slides.length)

  // Text in a field is copied and pasted as text, not as slides.
  const notes = page.getByTestId('slide-notes')
  await notes.fill('第一句。')
  await notes.selectText()
  await page.keyboard.press('Control+C')
  await notes.press('End')
  await page.keyboard.press('Control+V')
  await expect(notes).toHaveValue('第一句。第一句。')
  expect(await slideCount(page)).toBe(b.slides.length)
})

test('Esc cancels the metric form and leaves the figure as it was', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('report-item').getByRole('button').first().click()
  const row = page.getByTestId('metric-row').first()
  const before = await row.textContent()
  await row.getByTestId('edit-metric').click()
  await page.getByTestId('edit-label').fill('改过的名称')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('edit-label')).toHaveCount(0)
  await expect(row).toHaveText(before ?? '')
  await expect(row.getByTestId('edit-metric')).toBeFocused()
})

test('F1, ? and 快捷键 show the editor’s shortcuts, generated from its key table', async ({ page, host }) => {
  const deck = await draftDeck(host)
  await openEditor(page, host, deck.id)
  const help = page.getByTestId('shortcuts-help')
  await page.keyboard.press('F1')
  await expect(help).toBeVisible()
  await expect(help).toContainText('复制当前页')
  await expect(help).toContainText('把当前页上移')
  await expect(help.locator('[data-key-row="undo"] kbd')).toHaveText(['Ctrl', 'Z'])
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  await page.keyboard.press('Shift+?')
  await expect(help).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByTestId('app-shortcuts').click()
  await expect(help).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('undo')).toHaveAttribute('title', '撤销 (Ctrl+Z)')
})

test('the paper list names each paper once', async ({ page, host }) => {
  const deck = await draftDeck(host)
  await openEditor(page, host, deck.id)
  await page.getByTestId('export-pdf').click()
  const options = await page.getByTestId('export-paper').locator('option').allTextContents()
  expect(options).toEqual(['随版式（A4 纵向）', 'A4 纵向', 'A4 横向'])
  await page.getByTestId('export-paper').selectOption('A4-landscape')
  expect(await page.getByTestId('export-paper').locator('option').first().textContent()).toBe('随版式（A4 纵向）')
})

test('the English interface leaves no Chinese in the trash heading or the show’s help', async ({ page, host }) => {
  const deck = await draftDeck(host)
  await page.goto(host.url)
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await expect(page.getByTestId('trash').locator('summary')).toHaveText('Trash (0)')
  await page.goto(`${host.origin}/#/show/${deck.id}?from=0`)
  await expect(page.getByTestId('show-view')).toHaveAttribute('data-slide-index', '0')
  await page.keyboard.press('Shift+?')
  const help = page.getByTestId('show-help')
  await expect(help).toContainText('Space')
  expect(await help.textContent()).not.toMatch(/[\u4e00-\u9fff]/)
})

test('no request fails when the app opens: the icon is served', async ({ page, host }) => {
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  const icon = await page.locator('link[rel="icon"]').getAttribute('href')
  const served = await page.request.get(new URL(icon!, host.origin).href)
  expect(served.status()).toBe(200)
  expect(served.headers()['content-type']).toBe('image/x-icon')
  expect(failed).toEqual([])
})

test('a chart type that cannot show its figures honestly says so, and offers one that can', async ({ page, host }) => {
  const deck = await draftDeck(host)
  const chart = deck.slides.findIndex((s) => s.layout === 'chart')
  await openEditor(page, host, deck.id)
  await select(page, chart)
  const hint = page.getByTestId('chart-fitness')
  await expect(hint).toHaveCount(0)
  // Several figures on a gauge: it shows the first, and says so.
  await page.getByTestId('prop-chartType').selectOption('gauge')
  await expect(hint.locator('[data-problem="gauge-extra-figures"]')).toBeVisible()
  await page.getByTestId('chart-fitness-fix').click()
  await expect(page.getByTestId('prop-chartType')).toHaveValue('bar')
  await expect(hint).toHaveCount(0)
  // 亿元 beside % on a radar: refused, and the slide says why instead of drawing a misleading shape.
  await page.getByTestId('prop-figure').first().getByRole('textbox', { name: '单位' }).fill('亿元')
  await page.getByTestId('prop-chartType').selectOption('radar')
  await expect(hint.locator('[data-problem="mixed-units"]')).toContainText('单位不同')
  await expect(canvas(page).locator('.echart')).toHaveAttribute('data-rendered', 'true')
  await expect(canvas(page).locator('.echart')).toContainText('不能画在同一张图上比较')
})

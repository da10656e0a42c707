import { mkdir } from 'node:fs/promises'
import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'

async function draftFromSample(page: Page, url: string): Promise<void> {
  await page.goto(url)
  const report = page.getByTestId('report-item')
  await expect(report).toHaveCount(1)
  await report.getByTestId('draft-briefing').click()
  await expect(page).toHaveURL(/#\/briefing\/b-/)
  await expect(page.getByTestId('slide-thumb').first()).toBeVisible()
  await expect(page.getByTestId('slide-canvas')).toBeVisible()
}

const thumbIds = (page: Page) => page.getByTestId('slide-thumb').evaluateAll((els) => els.map((e) => e.getAttribute('data-slide-id')))
const thumb = (page: Page, index: number) => page.locator(`[data-testid="slide-thumb"][data-index="${index}"]`)

/** The canvas is drawn: fonts loaded, and a chart (if any) finished drawing. Waits for state, never for time. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const chart = page.getByTestId('slide-canvas').locator('.echart')
  if ((await chart.count()) > 0) await expect(chart.first()).toHaveAttribute('data-rendered', 'true')
}

test('draft → edit a KPI value inline → reorder → undo → reload: the state persisted', async ({ page, host }) => {
  await draftFromSample(page, host.url)
  const thumbs = page.getByTestId('slide-thumb')
  expect(Number(await page.getByTestId('slide-rail').getAttribute('data-count'))).toBeGreaterThan(5)

  // Edit the first KPI card's value on the canvas.
  await page.locator('[data-testid="slide-thumb"][data-layout="kpi"]').first().getByRole('button').first().click()
  const canvas = page.getByTestId('slide-canvas')
  await expect(canvas).toHaveAttribute('data-layout', 'kpi')
  const value = canvas.locator('[data-el="value-0"] [contenteditable]')
  await value.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('8.8')
  await page.keyboard.press('Enter')
  await expect(canvas.locator('[data-el="value-0"] [contenteditable]')).toHaveText('8.8')
  // A one-digit value is as wide as its digit: no gap between it and its unit (增长3 %).
  const second = canvas.locator('[data-el="value-1"] [contenteditable]')
  await second.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  await expect(second).toHaveText('3')
  const slack = await second.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return el.getBoundingClientRect().width - range.getBoundingClientRect().width
  })
  expect(slack).toBeLessThan(1)
  const kpiIndex = Number(await canvas.getAttribute('data-slide-index'))

  // Reorder with Alt+↓ (focus on the rail, not in a text field), then undo the move.
  const before = await thumbIds(page)
  await thumbs.nth(kpiIndex).getByRole('button').first().focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect.poll(() => thumbIds(page)).not.toEqual(before)
  const moved = await thumbIds(page)
  expect(moved[kpiIndex + 1]).toBe(before[kpiIndex])
  await page.getByTestId('undo').click()
  await expect.poll(() => thumbIds(page)).toEqual(before)

  // Autosave runs within 1 s of the last edit: wait until nothing is unsaved, then reload.
  await expect(page.locator('main.editor')).toHaveAttribute('data-dirty', 'false', { timeout: 3000 })
  await expect(page.getByTestId('save-status')).toHaveText(/已保存/)
  await page.reload()
  await expect(page.getByTestId('slide-thumb').first()).toBeVisible()
  expect(await thumbIds(page)).toEqual(before)
  await page.getByTestId('slide-thumb').nth(kpiIndex).getByRole('button').first().click()
  await expect(page.getByTestId('slide-canvas').locator('[data-el="value-0"] [contenteditable]')).toHaveText('8.8')
})

test('screenshots of every layout', async ({ page, host }) => {
  await mkdir('test-results/screenshots', { recursive: true })
  await page.setViewportSize({ width: 1600, height: 1000 })
  await draftFromSample(page, host.url)
  // Add the layouts the draft lacks: a table of ticked metrics from the report panel, and a quote typed inline.
  await page.getByTestId('panel-report-tab').click()
  const metrics = page.getByTestId('panel-metric')
  for (let i = 0; i < 5; i++) await metrics.nth(i).getByRole('checkbox').check()
  await page.getByTestId('make-table').click()
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-layout', 'table')
  await page.getByTestId('add-slide').click()
  await page.getByTestId('add-slide-quote').click()
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-layout', 'quote')
  await page.getByTestId('slide-canvas').getByRole('textbox', { name: '引文' }).click()
  await page.keyboard.type('坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，推动高质量发展取得新成效。')
  await page.getByTestId('slide-canvas').getByRole('textbox', { name: '出处' }).click()
  await page.keyboard.type('2024年政府工作报告')
  const seen = new Set<string>()
  const count = Number(await page.getByTestId('slide-rail').getAttribute('data-count'))
  for (let i = 0; i < count; i++) {
    // The rail draws the slides near the selected one, so the next is always there to click.
    const next = thumb(page, i)
    const layout = (await next.getAttribute('data-layout')) ?? ''
    await next.getByRole('button', { name: /第 \d+ 页/ }).click()
    await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-slide-index', String(i))
    const n = [...seen].filter((l) => l.startsWith(layout)).length
    if (n >= 2) continue
    seen.add(`${layout}-${n}`)
    await settled(page)
    await page.getByTestId('slide-canvas').screenshot({ path: `test-results/screenshots/slide-${layout}-${n}.png` })
  }
  await page.screenshot({ path: 'test-results/screenshots/editor.png' })
  expect([...seen].map((s) => s.split('-')[0])).toEqual(expect.arrayContaining(['cover', 'agenda', 'section', 'kpi', 'chart', 'table', 'quote', 'closing']))
})

test('two windows: the second save is refused with a clear message and a reload, never a silent overwrite', async ({ page, context, host }) => {
  await draftFromSample(page, host.url)
  const url = page.url()
  const other = await context.newPage()
  await other.goto(`${host.url}${new URL(url).hash}`)
  await expect(other.getByTestId('slide-canvas')).toBeVisible()

  // Window A edits the cover title and saves.
  const titleA = page.getByTestId('slide-canvas').getByRole('textbox', { name: '标题', exact: true })
  await titleA.click()
  await page.keyboard.press('End')
  await page.keyboard.type('（甲）')
  await expect(page.locator('main.editor')).toHaveAttribute('data-dirty', 'false', { timeout: 3000 })

  // Window B, still on the old revision, edits too: its save is refused.
  const titleB = other.getByTestId('slide-canvas').getByRole('textbox', { name: '标题', exact: true })
  await titleB.click()
  await other.keyboard.press('End')
  await other.keyboard.type('（乙）')
  await expect(other.getByTestId('conflict-message')).toContainText('另一个窗口已修改此汇报')
  await expect(other.getByTestId('save-status')).toHaveText(/保存失败/)
  await other.getByTestId('conflict-reload').click()
  await expect(other.getByTestId('conflict-message')).toHaveCount(0)
  await expect(other.getByTestId('slide-canvas').getByRole('textbox', { name: '标题', exact: true })).toHaveText(/（甲）$/)
})

test('from report to slide: drag a section onto the rail, tick metrics for KPI cards; 来源 opens the report', async ({ page, host }) => {
  await draftFromSample(page, host.url)
  const slides = page.getByTestId('slide-rail')
  const count = Number(await slides.getAttribute('data-count'))
  await page.getByTestId('panel-report-tab').click()
  const section = page.getByTestId('panel-section').nth(2)
  const sectionTitle = ((await section.locator('.stitle').getAttribute('title')) ?? '').trim()
  await section.dragTo(page.getByTestId('slide-thumb').nth(1))
  await expect(slides).toHaveAttribute('data-count', String(count + 1))
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-layout', 'section')
  await expect(page.getByTestId('slide-canvas').getByRole('textbox', { name: '标题', exact: true })).toHaveText(sectionTitle)

  const metrics = page.getByTestId('panel-metric')
  for (let i = 0; i < 3; i++) await metrics.nth(i).getByRole('checkbox').check()
  await page.getByTestId('make-kpi').click()
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-layout', 'kpi')
  await expect(page.getByTestId('slide-canvas').locator('[data-el^="value-"]')).toHaveCount(3)

  await page.getByTestId('slide-source').click()
  await expect(page).toHaveURL(/#\/report\/r-[^?]+\?metric=/)
  // The report view shows the quote the figure came from, highlighted and in view.
  const metricId = new URL(page.url().replace('#/', '')).searchParams.get('metric')
  const quote = page.locator(`[data-metric-ids~="${metricId}"]`).first()
  await expect(quote).toHaveClass(/focused/)
  await expect(quote).toBeInViewport()
  await expect(page.locator(`[data-testid="metric-row"][data-metric-id="${metricId}"]`)).toHaveClass(/focused/)
})

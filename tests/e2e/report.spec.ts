import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByTestId('report-item').getByRole('button').first().click()
  await expect(page.getByTestId('metric-row').first()).toBeVisible()
}

async function storedReport(workspace: string) {
  const [file] = await readdir(join(workspace, 'reports'))
  return JSON.parse(await readFile(join(workspace, 'reports', file!), 'utf8'))
}

test('shows the sample’s section tree beside its text, with every figure in the metric table', async ({ page, host }) => {
  await openSample(page, host.url)
  const stored = await storedReport(host.workspace)
  const topTitles = page.locator('[role="tree"] > li > .node [data-testid="report-section"]')
  await expect(topTitles).toHaveText(['一、2023年工作回顾', '二、2024年工作安排', '三、全面加强政府自身建设'])
  await expect(page.getByTestId('metric-row')).toHaveCount(stored.metrics.length)
  await expect(page.locator('[data-metric-ids]').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/report.png' })

  // Folding a top section hides its subsections.
  const subsections = page.getByTestId('report-section')
  const before = await subsections.count()
  await page.getByRole('button', { name: '折叠' }).first().click()
  await expect(subsections).toHaveCount(before - 8)
})

test('clicking a metric scrolls to its quote and highlights it', async ({ page, host }) => {
  await openSample(page, host.url)
  const row = page.getByTestId('metric-row').filter({ hasText: '高标准农田' }).first()
  const id = await row.getAttribute('data-metric-id')
  await row.click()
  const quote = page.locator(`[data-metric-ids~="${id}"]`).first()
  await expect(quote).toHaveClass(/focused/)
  await expect(quote).toBeInViewport()
  await expect(quote).toContainText('17.6万亩')
})

test('filters and sorts the metric table', async ({ page, host }) => {
  await openSample(page, host.url)
  const total = await page.getByTestId('metric-row').count()
  await page.getByTestId('filter-kind').selectOption('growth')
  const growth = page.getByTestId('metric-row')
  expect(await growth.count()).toBeLessThan(total)
  for (const kind of await growth.locator('.kind').allTextContents()) expect(kind).toBe('增速')
  await page.getByTestId('filter-period').selectOption('2024 target')
  for (const period of await growth.locator('.period').allTextContents()) expect(period).toBe('2024年目标')
  await page.getByTestId('filter-kind').selectOption('')
  await page.getByTestId('filter-period').selectOption('')
  await page.getByTestId('filter-section').selectOption({ label: '三、全面加强政府自身建设' })
  expect(await page.getByTestId('metric-row').count()).toBeLessThan(total)
  await page.getByTestId('filter-section').selectOption('')

  await page.getByTestId('sort-value').click()
  await page.getByTestId('sort-value').click()
  const firstValue = await page.getByTestId('metric-row').first().locator('.value').textContent()
  expect(firstValue).toMatch(/^(超|突破|近|约)?[\d.]+/)
  const values = (await page.getByTestId('metric-row').locator('.value').allTextContents()).slice(0, 5).map((v) => Number(/-?[\d.]+/.exec(v)![0]))
  expect(values).toEqual([...values].sort((a, b) => b - a))
})

test('edits, pins and deletes metrics, and the edits survive a restart', async ({ page, host }) => {
  await openSample(page, host.url)
  const row = page.getByTestId('metric-row').first()
  const id = await row.getAttribute('data-metric-id')
  await row.getByTestId('edit-metric').click()
  await page.getByTestId('edit-label').fill('全市GDP')
  await page.getByTestId('edit-value').fill('3.4')
  await page.getByTestId('edit-unit').fill('%')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.locator(`[data-metric-id="${id}"]`)).toContainText('全市GDP')

  const second = page.getByTestId('metric-row').nth(1)
  const secondId = await second.getAttribute('data-metric-id')
  await second.getByRole('button', { name: '标记', exact: true }).click()
  const third = page.getByTestId('metric-row').nth(2)
  const thirdId = await third.getAttribute('data-metric-id')
  await third.getByTestId('delete-metric').click()
  await expect(page.locator(`[data-metric-id="${thirdId}"]`)).toHaveCount(0)
  await expect(page.getByTestId('save-status')).toHaveText(/已保存/)
  await expect.poll(async () => (await storedReport(host.workspace)).metrics.some((m: { id: string }) => m.id === thirdId)).toBe(false)

  await page.reload()
  await expect(page.locator(`[data-metric-id="${id}"]`)).toContainText('全市GDP')
  await expect(page.locator(`[data-metric-id="${id}"] .value`)).toHaveText('3.4%')
  await expect(page.locator(`[data-metric-id="${secondId}"]`)).toContainText('★')
  await expect(page.locator(`[data-metric-id="${thirdId}"]`)).toHaveCount(0)
  const stored = await storedReport(host.workspace)
  expect(stored.metrics.find((m: { id: string }) => m.id === id)).toMatchObject({ label: '全市GDP', value: 3.4, edited: true })
})

test('full-text search finds Chinese text and steps through matches', async ({ page, host }) => {
  await openSample(page, host.url)
  await page.getByTestId('report-search').fill('乡村振兴')
  await expect(page.getByTestId('search-count')).toHaveText(/^1 \/ \d+$/)
  const total = Number((await page.getByTestId('search-count').textContent())!.split('/')[1])
  expect(total).toBeGreaterThan(1)
  await page.getByTestId('report-search').press('Enter')
  await expect(page.getByTestId('search-count')).toHaveText(`2 / ${total}`)
  await expect(page.locator('.current').first()).toBeInViewport()
  await page.getByTestId('report-search').fill('不存在的词语')
  await expect(page.getByTestId('search-count')).toHaveText('无结果')
})

test('adds a metric from selected text', async ({ page, host }) => {
  await openSample(page, host.url)
  const before = await page.getByTestId('metric-row').count()
  // Select “带动2.5万玉工返乡” style text: find a plain span with a number the extractor left out.
  await page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('[data-start]:not([data-metric-ids])')]
    const span = spans.find((s) => /\d+(\.\d+)?万/.test(s.textContent ?? ''))!
    span.scrollIntoView({ block: 'center' })
    const text = span.firstChild as Text
    const match = /\d+(\.\d+)?万[^，。；、]{0,6}/.exec(text.data)!
    const range = document.createRange()
    range.setStart(text, Math.max(0, match.index - 4))
    range.setEnd(text, match.index + match[0].length)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  })
  await page.getByTestId('add-metric').click()
  await expect(page.getByTestId('metric-row')).toHaveCount(before + 1)
  await expect.poll(async () => (await storedReport(host.workspace)).metrics.filter((m: { edited?: boolean }) => m.edited).length).toBe(1)
})

test('drafts a briefing from the report view', async ({ page, host }) => {
  await openSample(page, host.url)
  await page.getByTestId('draft-briefing').click()
  await expect(page).toHaveURL(/#\/briefing\/b-/)
  expect(await readdir(join(host.workspace, 'briefings'))).toHaveLength(1)
})

test('marks figures to check with 待核对, and filters by 待核对 and by indicator', async ({ page, host }) => {
  await openSample(page, host.url)
  const stored = await storedReport(host.workspace)
  const toCheck = stored.metrics.filter((m: { confidence: { level: string } }) => m.confidence.level === 'low')
  await expect(page.getByTestId('to-check')).toHaveCount(toCheck.length)
  await page.getByTestId('filter-check').check()
  await expect(page.getByTestId('metric-row')).toHaveCount(toCheck.length)
  await page.getByTestId('filter-check').uncheck()

  await page.getByTestId('filter-indicator').selectOption('gdp')
  const gdp = stored.metrics.filter((m: { indicator: string | null }) => m.indicator === 'gdp')
  await expect(page.getByTestId('metric-row')).toHaveCount(gdp.length)
  for (const label of await page.getByTestId('metric-row').locator('.row-link').allTextContents()) expect(label).toContain('生产总值')

  // Pinning a figure to check confirms it: the badge goes.
  await page.getByTestId('filter-indicator').selectOption('')
  if (toCheck.length > 0) {
    const row = page.locator(`[data-metric-id="${toCheck[0].id}"]`)
    await row.getByRole('button', { name: '标记', exact: true }).click()
    await expect(row.getByTestId('to-check')).toHaveCount(0)
  }
})

/**
 * 对照上年目标 in the real app: import Hailar's 2016 and 2017 reports, open the comparison from the 2017 report,
 * correct one status, reload, draft, and find the 目标完成情况 slide with the corrected status.
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect, type WebHostHandle } from './fixtures'
import { callApi } from './decks'
import type { BriefingDoc } from '../../src-shared/schemas/briefing'

const corpus = (name: string) => readFile(new URL(`../fixtures/corpus/${name}`, import.meta.url))

async function importText(page: Page, fileName: string, corpusFile: string, count: number): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: await corpus(corpusFile) })
  // An import runs in a worker thread: allow it more than the default wait.
  await expect(page.getByTestId('report-item')).toHaveCount(count, { timeout: 30_000 })
}

async function importHailar(page: Page, host: WebHostHandle): Promise<void> {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await importText(page, '海拉尔区2016年政府工作报告.txt', 'county_hailaer_2016.txt', 2)
  await importText(page, '海拉尔区2017年政府工作报告.txt', 'county_hailaer_2017.txt', 3)
}

const row = (page: Page, quote: string) => page.getByTestId('compare-row').filter({ hasText: quote })

test('compares last year’s targets with this year’s results; a corrected status survives a reload and goes into the draft', async ({ page, host }) => {
  await importHailar(page, host)
  await page.getByTestId('report-item').filter({ hasText: '2017' }).getByRole('button').first().click()
  await expect(page.getByTestId('metric-row').first()).toBeVisible()
  // The library holds the same place's report of the year before: the report view offers it.
  await expect(page.getByTestId('compare-reports')).toHaveAttribute('title', /2016/)
  await page.getByTestId('compare-reports').click()

  await expect(page.getByTestId('compare-pair')).toContainText('2016')
  const gdp = row(page, '地区生产总值增长7.5%').filter({ hasText: '同比增长7.2%' })
  await expect(gdp).toHaveAttribute('data-status', '未完成')
  await expect(gdp).toContainText('实际 7.2% < 目标 7.5%')
  await expect(row(page, '社会消费品零售总额增长9%')).toHaveAttribute('data-status', '完成')
  await expect(row(page, '公共财政预算收入增长5%')).toHaveAttribute('data-status', '超额完成')
  await expect(row(page, '年内实现5家以上企业入驻')).toHaveAttribute('data-status', '未报告')
  await expect(page.getByTestId('compare-count-exceeded')).toContainText('5')
  await page.screenshot({ path: 'test-results/screenshots/compare.png', fullPage: true })

  // Correct one status: the person knows GDP growth was revised up.
  await gdp.getByTestId('compare-status').selectOption('完成')
  await expect(gdp).toHaveAttribute('data-status', '完成')
  await expect(gdp.getByTestId('compare-corrected')).toBeVisible()
  await expect(gdp).toContainText('按规则为“未完成”')
  // Saved with the 2017 report before the reload.
  const reportId = /#\/report\/([a-z0-9-]+)\/compare/.exec(page.url())![1]!
  await expect
    .poll(async () => (await callApi<{ report: { comparison?: { overrides: { status?: string }[] } } }>(host, 'getReport', { id: reportId })).report.comparison?.overrides)
    .toEqual([expect.objectContaining({ status: '完成' })])

  await page.reload()
  await expect(gdp).toHaveAttribute('data-status', '完成')
  await expect(gdp.getByTestId('compare-corrected')).toBeVisible()

  await page.getByTestId('draft-briefing').click()
  await expect(page.getByTestId('slide-canvas')).toBeVisible({ timeout: 20_000 })
  const id = /#\/briefing\/([a-z0-9-]+)/.exec(page.url())![1]!
  const { briefing } = await callApi<{ briefing: BriefingDoc }>(host, 'getBriefing', { id })
  const index = briefing.slides.findIndex((s) => s.layout === 'targets')
  expect(index).toBeGreaterThan(0)
  const slide = briefing.slides[index]!
  expect(slide.title).toMatch(/^2016年目标完成情况/)

  await page.locator(`[data-testid="slide-thumb"][data-index="${index}"]`).getByRole('button', { name: /第 \d+ 页/ }).click()
  const canvas = page.getByTestId('slide-canvas')
  await expect(canvas).toHaveAttribute('data-slide-index', String(index))
  await expect(canvas.locator('[data-el="cell-0-0"]')).toHaveText('地区生产总值')
  await expect(canvas.locator('[data-el="cell-0-1"]')).toHaveText('增长7.5%')
  await expect(canvas.locator('[data-el="cell-0-2"]')).toHaveText('增长7.2%')
  await expect(canvas.locator('[data-el="status-text-0"]')).toHaveText('完成')
  await page.screenshot({ path: 'test-results/screenshots/compare-slide.png' })
})

test('the older report leads to the newer one’s comparison; a report of another place is asked about before it is compared', async ({ page, host }) => {
  await importHailar(page, host)
  await page.getByTestId('report-item').filter({ hasText: '2016' }).getByRole('button').first().click()
  await expect(page.getByTestId('metric-row').first()).toBeVisible()
  await page.getByTestId('compare-reports').click()
  await expect(page.getByTestId('compare-pair')).toContainText('2016')
  await expect(page.getByTestId('compare-row').first()).toBeVisible()

  // Pick the sample (Yulin 2024) by hand: another place and year, so the app asks first.
  await page.getByTestId('compare-change').click()
  await page.getByTestId('compare-previous').selectOption({ index: 1 })
  await page.getByTestId('compare-use').click()
  await expect(page.getByTestId('compare-doubts')).toContainText('不是同一地区')
  await page.getByRole('button', { name: '另选报告' }).click()
  await expect(page.getByTestId('compare-picker')).toBeVisible()
})

import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'

async function draftFromLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByTestId('report-item').getByTestId('draft-briefing').click()
  await expect(page).toHaveURL(/#\/briefing\/b-/)
  await expect(page.getByTestId('slide-thumb').first()).toBeVisible()
}

async function open(page: Page, layout: string, nth = 0): Promise<void> {
  await page.locator(`[data-testid="slide-thumb"][data-layout="${layout}"]`).nth(nth).getByRole('button').first().click()
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-layout', layout)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

test('生成汇报初稿: headline cards that say what the number is, every target of the plan year, no text cut; a re-draft is （2）', async ({ page, host }) => {
  await draftFromLibrary(page, host.url)
  const canvas = page.getByTestId('slide-canvas')

  // The headline cards: the verb, the indicator's full name, the year, next year's target named as such.
  await open(page, 'kpi')
  await expect(canvas).toContainText('2023年主要指标')
  await expect(canvas.locator('[data-el="value-0"]')).toHaveText('增长3.3%')
  await expect(canvas.locator('[data-el="label-0"]')).toHaveText('地区生产总值')
  await expect(canvas.locator('[data-el="goal-0"]')).toHaveText('2024年预期目标 5.5%以上')
  await expect(page.getByTestId('overflow-warning')).toHaveCount(0)

  // The targets: all six the report states, as it words them.
  await open(page, 'table')
  await expect(canvas).toContainText('2024年主要预期目标')
  for (const target of ['增长5.5%以上', '增长3%', '增长10%以上', '增长6%', '增长5%']) await expect(canvas).toContainText(target)
  await expect(page.getByTestId('overflow-warning')).toHaveCount(0)

  // The long heading wraps to two lines, whole; nothing on the slide is cut.
  await page.locator('[data-testid="slide-thumb"]', { hasText: '持续扩大对内对外开放' }).first().getByRole('button').first().click()
  await expect(canvas.locator('[data-el="title"]')).toContainText('带好头')
  await expect(page.getByTestId('overflow-warning')).toHaveCount(0)

  // Drafting the same report again gives a name that says which draft it is.
  await expect(page.locator('main.editor')).toHaveAttribute('data-dirty', 'false')
  await draftFromLibrary(page, host.url)
  await page.goto(host.url)
  await expect(page.getByTestId('briefing-item')).toHaveCount(2)
  await expect(page.getByTestId('briefing-item').filter({ hasText: '2024年政府工作报告（2）' })).toHaveCount(1)
})

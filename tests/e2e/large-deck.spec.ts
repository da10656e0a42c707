/**
 * A 10,000-slide briefing (issue 13): the rail draws only what is in view, and keyboard navigation,
 * drag-to-reorder and scroll-to-current still work on every slide.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { draftDeck } from './decks'

const SLIDES = 10_000
const canvas = (page: Page) => page.getByTestId('slide-canvas')
const thumb = (page: Page, index: number) => page.locator(`[data-testid="slide-thumb"][data-index="${index}"]`)

test('10,000 slides: a small DOM, and keys, drag and scroll work across the whole rail', async ({ page, host }) => {
  test.setTimeout(180_000)
  const deck = await draftDeck(host, SLIDES)
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await page.goto(`${host.origin}/#/briefing/${deck.id}`)
  await expect(canvas(page)).toHaveAttribute('data-slide-index', '0', { timeout: 60_000 })
  await expect(page.getByTestId('slide-rail')).toHaveAttribute('data-count', String(SLIDES))

  // The page stays small: tens of thumbnails, not ten thousand (234k elements before).
  const size = await page.evaluate(() => ({ elements: document.getElementsByTagName('*').length, thumbs: document.querySelectorAll('[data-testid="slide-thumb"]').length }))
  expect(size.thumbs).toBeLessThan(40)
  expect(size.elements).toBeLessThan(6000)

  // Keys from the rail: End, ↑, Home; the selected thumbnail is scrolled into view and keeps the focus.
  await thumb(page, 0).getByRole('button', { name: /第 1 页/ }).focus()
  await page.keyboard.press('End')
  await expect(canvas(page)).toHaveAttribute('data-slide-index', String(SLIDES - 1))
  await expect(thumb(page, SLIDES - 1)).toBeInViewport()
  await page.keyboard.press('ArrowUp')
  await expect(canvas(page)).toHaveAttribute('data-slide-index', String(SLIDES - 2))
  await expect(thumb(page, SLIDES - 2).getByRole('button', { name: /第 9999 页/ })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(canvas(page)).toHaveAttribute('data-slide-index', '0')
  await expect(thumb(page, 0)).toBeInViewport()

  // Drag the first slide below the third.
  const first = await thumb(page, 0).getAttribute('data-slide-id')
  await thumb(page, 0).dragTo(thumb(page, 2), { targetPosition: { x: 100, y: 100 } })
  await expect(thumb(page, 2)).toHaveAttribute('data-slide-id', first!)
  await page.keyboard.press('Control+Z')
  await expect(thumb(page, 0)).toHaveAttribute('data-slide-id', first!)

  // Present from slide 5,000; Esc comes back with the rail at that slide.
  await thumb(page, 1).getByRole('button', { name: /第 2 页/ }).focus()
  await page.keyboard.press('PageDown')
  await expect(canvas(page)).toHaveAttribute('data-slide-index', '2')
  await page.goto(`${host.origin}/#/show/${deck.id}?from=4999`)
  await expect(page.getByTestId('show-view')).toHaveAttribute('data-slide-index', '4999', { timeout: 60_000 })
  await page.keyboard.press('Escape')
  await expect(canvas(page)).toHaveAttribute('data-slide-index', '4999', { timeout: 60_000 })
  await expect(thumb(page, 4999)).toBeInViewport()
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="slide-thumb"]').length)).toBeLessThan(40)
})

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, type WebHostHandle } from './fixtures'
import type { Locator, Page } from '@playwright/test'

/** Drafts a briefing from the sample report through the api, hides its third slide and gives the first notes. */
async function draftBriefing(host: WebHostHandle): Promise<{ id: string; slides: { id: string; title: string; hidden: boolean }[] }> {
  const headers = { 'content-type': 'application/json', 'x-huibao-token': host.token }
  const library = await (await fetch(`${host.origin}/api/listLibrary`, { method: 'POST', headers, body: '{}' })).json()
  const reportId = library.value.reports[0].id as string
  const drafted = await (await fetch(`${host.origin}/api/draftBriefing`, { method: 'POST', headers, body: JSON.stringify({ reportId }) })).json()
  const id = drafted.value.id as string
  const file = join(host.workspace, 'briefings', `${id}.json`)
  const doc = JSON.parse(await readFile(file, 'utf8'))
  doc.slides[2].hidden = true
  doc.slides[0].notes = '各位领导：下面汇报2024年政府工作报告的主要内容。\n先讲过去一年的工作回顾。'
  await writeFile(file, JSON.stringify(doc, null, 2))
  return { id, slides: doc.slides }
}

const index = (view: Locator) => expect(view).toHaveAttribute.bind(expect(view))

async function openShow(page: Page, host: WebHostHandle, id: string, from = 0): Promise<Locator> {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await page.goto(`${host.origin}/#/show/${id}?from=${from}`)
  const view = page.getByTestId('show-view')
  await expect(view).toHaveAttribute('data-slide-index', String(from))
  return view
}

test('PowerPoint keys move through the show, skipping hidden slides', async ({ page, host }) => {
  const { id, slides } = await draftBriefing(host)
  const last = slides.length - 1
  const view = await openShow(page, host, id, 4)
  const at = (i: number) => index(view)('data-slide-index', String(i))

  await page.keyboard.press('F5')
  await at(0)
  // Next: → ↓ PageDown Space Enter N; slide 2 is hidden, so 1 → 3.
  await page.keyboard.press('ArrowRight')
  await at(1)
  await page.keyboard.press('ArrowDown')
  await at(3)
  await page.keyboard.press('PageDown')
  await at(4)
  await page.keyboard.press('Space')
  await at(5)
  await page.keyboard.press('Enter')
  await at(6)
  await page.keyboard.press('n')
  await at(7)
  // Previous: ← ↑ PageUp Backspace P.
  await page.keyboard.press('ArrowLeft')
  await at(6)
  await page.keyboard.press('ArrowUp')
  await at(5)
  await page.keyboard.press('PageUp')
  await at(4)
  await page.keyboard.press('Backspace')
  await at(3)
  await page.keyboard.press('p')
  await at(1)
  // Mouse click and wheel.
  await view.click({ position: { x: 400, y: 300 } })
  await at(3)
  await page.mouse.wheel(0, 120)
  await at(4)
  // Home / End.
  await page.keyboard.press('End')
  await at(last)
  await page.keyboard.press('Home')
  await at(0)
  // Number + Enter: the 5th shown slide is slide index 5 (index 2 is hidden).
  await page.keyboard.press('5')
  await page.keyboard.press('Enter')
  await at(5)
  // Shift+F5 stays on the current slide.
  await page.keyboard.press('Shift+F5')
  await at(5)
})

test('B and W blank the screen; the help lists the keys in Chinese; G opens the overview and jumps', async ({ page, host }) => {
  const { id } = await draftBriefing(host)
  const view = await openShow(page, host, id)
  await page.keyboard.press('b')
  await expect(view).toHaveAttribute('data-blackout', 'black')
  await page.keyboard.press('b')
  await expect(view).toHaveAttribute('data-blackout', '')
  await page.keyboard.press('.')
  await expect(view).toHaveAttribute('data-blackout', 'black')
  await page.keyboard.press('w')
  await expect(view).toHaveAttribute('data-blackout', 'white')
  await expect(page.getByTestId('blackout')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  await page.keyboard.press(',')
  await expect(view).toHaveAttribute('data-blackout', '')

  await page.keyboard.press('Shift+?')
  const help = page.getByTestId('show-help')
  await expect(help).toContainText('下一页')
  await expect(help).toContainText('黑屏')
  await expect(help).toContainText('PageDown')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  await expect(view).toHaveAttribute('data-slide-index', '0')

  await page.keyboard.press('g')
  const grid = page.getByTestId('show-overview')
  await expect(grid).toBeVisible()
  await expect(grid.getByTestId('overview-slide').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/overview.png' })
  await grid.locator('[data-testid="overview-slide"][data-position="6"]').click()
  await expect(grid).toHaveCount(0)
  await expect(view).toHaveAttribute('data-slide-index', '7')
})

test('Esc ends the show and returns to the editor at the slide it ended on', async ({ page, host }) => {
  const { id, slides } = await draftBriefing(host)
  await page.goto(host.url)
  await page.goto(`${host.origin}/#/briefing/${id}`)
  await expect(page.getByTestId('slide-canvas')).toBeVisible()
  await page.getByTestId('present-start').click()
  const view = page.getByTestId('show-view')
  await expect(view).toHaveAttribute('data-slide-index', '0')
  await page.keyboard.press('PageDown')
  await page.keyboard.press('PageDown')
  await expect(view).toHaveAttribute('data-slide-index', '3')
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(new RegExp(`#/briefing/${id}`))
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-slide-index', '3')
  expect(slides[3]).toBeTruthy()
})

test('presenter and audience stay in sync across two windows; screenshots', async ({ page, host, context }) => {
  const { id } = await draftBriefing(host)
  await mkdir('test-results/screenshots', { recursive: true })
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  const audiencePromise = context.waitForEvent('page')
  await page.goto(`${host.origin}/#/presenter/${id}?from=0`)
  const presenter = page.getByTestId('presenter-view')
  await expect(presenter).toBeVisible()
  const audiencePage = await audiencePromise
  const audience = audiencePage.getByTestId('show-view')
  await expect(audience).toHaveAttribute('data-slide-index', '0')
  await expect(audience).toHaveAttribute('data-role', 'audience')
  await expect(page.getByTestId('presenter-notes')).toContainText('各位领导')

  // The presenter drives: keys and buttons; the audience follows (hidden slide 2 skipped).
  await page.keyboard.press('PageDown')
  await expect(audience).toHaveAttribute('data-slide-index', '1')
  await page.keyboard.press('ArrowRight')
  await expect(audience).toHaveAttribute('data-slide-index', '3')
  await expect(presenter).toHaveAttribute('data-slide-index', '3')
  await expect(page.getByTestId('presenter-count')).toContainText('3 /')
  await page.keyboard.press('b')
  await expect(audience).toHaveAttribute('data-blackout', 'black')
  await page.keyboard.press('b')
  await expect(audience).toHaveAttribute('data-blackout', '')

  // A clicker pointed at the audience window: its keys are forwarded to the presenter, who writes.
  await audiencePage.bringToFront()
  await audiencePage.keyboard.press('PageDown')
  await expect(presenter).toHaveAttribute('data-slide-index', '4')
  await expect(audience).toHaveAttribute('data-slide-index', '4')
  await audiencePage.keyboard.press('PageUp')
  await expect(presenter).toHaveAttribute('data-slide-index', '3')
  await expect(audience).toHaveAttribute('data-slide-index', '3')

  // Timer pause/reset and notes size controls.
  await page.bringToFront()
  await page.getByTestId('timer-toggle').click()
  await expect(page.getByTestId('timer-toggle')).toHaveText('继续')
  await page.getByTestId('timer-reset').click()
  await expect(page.getByTestId('presenter-elapsed')).toHaveText('00:00')
  const notes = page.getByTestId('presenter-notes')
  const before = await notes.evaluate((el) => getComputedStyle(el).fontSize)
  await page.getByTestId('notes-larger').click()
  expect(await notes.evaluate((el) => getComputedStyle(el).fontSize)).not.toBe(before)

  await page.keyboard.press('Home')
  await expect(audience).toHaveAttribute('data-slide-index', '0')
  await page.screenshot({ path: 'test-results/screenshots/presenter.png' })
  await page.keyboard.press('ArrowRight')
  await expect(audience).toHaveAttribute('data-slide-index', '1')
  await audiencePage.setViewportSize({ width: 1920, height: 1080 })
  await audiencePage.screenshot({ path: 'test-results/screenshots/audience-1920.png' })
  await audiencePage.setViewportSize({ width: 1366, height: 768 })
  await audiencePage.screenshot({ path: 'test-results/screenshots/audience-1366.png' })
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(audience).not.toHaveAttribute('data-slide-index', '0')
  await audiencePage.setViewportSize({ width: 1366, height: 768 })
  await audiencePage.screenshot({ path: 'test-results/screenshots/audience-1366-late.png' })

  // Esc in the presenter ends the show: the audience window closes, the editor opens at that slide.
  const ended = Number(await presenter.getAttribute('data-slide-index'))
  const closed = audiencePage.waitForEvent('close')
  await page.keyboard.press('Escape')
  await closed
  await expect(page).toHaveURL(new RegExp(`#/briefing/${id}`))
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-slide-index', String(ended))
})

test('F5 and Shift+F5 in the editor start the show from the first or the current slide, Alt+F5 opens the presenter view', async ({ page, host }) => {
  const { id } = await draftBriefing(host)
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await page.goto(`${host.origin}/#/briefing/${id}`)
  await page.getByTestId('slide-thumb').nth(5).click()
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-slide-index', '5')
  await page.getByTestId('slide-canvas').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Shift+F5')
  await expect(page.getByTestId('show-view')).toHaveAttribute('data-slide-index', '5')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('slide-canvas')).toHaveAttribute('data-slide-index', '5')
  await page.keyboard.press('F5')
  await expect(page.getByTestId('show-view')).toHaveAttribute('data-slide-index', '0')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('slide-canvas')).toBeVisible()
  const audience = page.context().waitForEvent('page')
  await page.keyboard.press('Alt+F5')
  await expect(page.getByTestId('presenter-view')).toBeVisible()
  await (await audience).close()
})

test('a new ?from= on an open show jumps to that slide', async ({ page, host }) => {
  const { id } = await draftBriefing(host)
  const view = await openShow(page, host, id, 0)
  await page.goto(`${host.origin}/#/show/${id}?from=4`)
  await expect(view).toHaveAttribute('data-slide-index', '4')
})

/**
 * Editor bench: briefings of 300 and 10,000 slides in a temporary workspace, the real web host, Chromium.
 * Prints (no asserts):
 *  - time to open the editor (performance marks `editor:load-start` → `editor:ready`, the first paint
 *    after the deck arrived), from the library and as a cold page load (300 slides);
 *  - how many elements the page holds and how many thumbnails the rail draws;
 *  - keystroke-to-paint latency while typing in a slide title (keydown event time → the task after the
 *    next frame), median and p95, for both deck sizes.
 * Run: npx tsx bench/editor.bench.ts
 *
 * Figures on the 2-core build machine (busy), 10,000 slides, before → after the rail was virtualised:
 *   elements on the page      309,257 → 1,282 (thumbnails drawn: 10,000 → 15)
 *   open from the library     5.3–6.2 s → 0.44 s
 *   typing in a title         keystroke → paint median 56–58 ms → 8.8 ms
 *   ↓ to the next slide       keydown → paint median 188 ms (p95 302) → 20 ms (p95 33)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { startHost, stopHost } from '../tests/e2e/fixtures'
import { CHROMIUM_ARGS } from '../playwright.config'
import type { BriefingDoc, Slide } from '../src-shared/schemas/briefing'

async function call<T>(origin: string, token: string, name: string, body: unknown): Promise<T> {
  const res = await fetch(`${origin}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-huibao-token': token }, body: JSON.stringify(body) })
  const json = (await res.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!json.ok) throw new Error(`${name}: ${json.error?.message}`)
  return json.value
}

function stats(values: number[]): { median: number; p95: number; max: number } {
  const s = [...values].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] ?? NaN
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN }
}
const ms = (n: number) => `${n.toFixed(1)} ms`

/** The seed's draft repeated to `count` slides, saved as a new briefing; returns its id. */
async function deckOf(origin: string, token: string, count: number): Promise<string> {
  const library = await call<{ reports: { id: string }[] }>(origin, token, 'listLibrary', {})
  const drafted = await call<{ id: string }>(origin, token, 'draftBriefing', { reportId: library.reports[0]!.id })
  const { briefing } = await call<{ briefing: BriefingDoc }>(origin, token, 'getBriefing', { id: drafted.id })
  const slides: Slide[] = []
  for (let i = 0; slides.length < count; i++) {
    const s = briefing.slides[i % briefing.slides.length]!
    slides.push({ ...structuredClone(s), id: `bench-${i}` })
  }
  await call(origin, token, 'saveBriefing', { briefing: { ...briefing, title: `${count} 页`, slides }, baseRevision: briefing.revision })
  return briefing.id
}

async function openFromLibrary(page: Page, title: string): Promise<number> {
  await page.goto(page.url().split('#')[0] + '#/')
  const item = page.getByTestId('briefing-item').filter({ hasText: title })
  await item.waitFor()
  await page.evaluate(() => performance.clearMarks())
  await item.getByRole('button').first().click()
  await page.waitForFunction(() => performance.getEntriesByName('editor:ready').length > 0, null, { timeout: 300_000 })
  return page.evaluate(() => performance.measure('open', 'editor:load-start', 'editor:ready').duration)
}

/** Keystroke → paint latencies while typing `text` at the end of slide 2's title. */
async function typingLatency(page: Page, text: string): Promise<number[]> {
  await page.getByTestId('slide-thumb').nth(1).getByRole('button').first().click()
  const title = page.getByTestId('slide-canvas').getByRole('textbox', { name: '标题' }).first()
  await title.click()
  await page.keyboard.press('End')
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __pending: number }
    w.__lat = []
    w.__pending = 0
    let down = 0
    document.addEventListener('keydown', (e) => (down = e.timeStamp), true)
    document.addEventListener('input', () => {
      const start = down
      w.__pending++
      requestAnimationFrame(() =>
        setTimeout(() => {
          w.__lat.push(performance.now() - start)
          w.__pending--
        }, 0),
      )
    })
  })
  await page.keyboard.type(text, { delay: 60 })
  await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, text.length, { timeout: 300_000 })
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
}

/** Keydown → paint latencies while moving through the slides with ↓ from the rail (`count` presses). */
async function navigationLatency(page: Page, count: number): Promise<number[]> {
  await page.getByTestId('slide-thumb').first().getByRole('button').first().focus()
  await page.evaluate(() => {
    const w = window as unknown as { __nav: number[] }
    w.__nav = []
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp
        requestAnimationFrame(() => setTimeout(() => w.__nav.push(performance.now() - start), 0))
      },
      true,
    )
  })
  for (let i = 0; i < count; i++) await page.keyboard.press('ArrowDown', { delay: 20 })
  await page.waitForFunction((n) => (window as unknown as { __nav: number[] }).__nav.length >= n, count, { timeout: 300_000 })
  const index = await page.getByTestId('slide-canvas').getAttribute('data-slide-index')
  if (index !== String(count)) throw new Error(`after ${count} × ↓ the canvas shows slide index ${index}`)
  return page.evaluate(() => (window as unknown as { __nav: number[] }).__nav)
}

async function domFigures(page: Page): Promise<string> {
  const { elements, thumbs } = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    thumbs: document.querySelectorAll('[data-testid="slide-thumb"]').length,
  }))
  return `${elements.toLocaleString('en')} elements, ${thumbs} thumbnails drawn`
}

async function main(): Promise<void> {
  const workspace = await mkdtemp(join(tmpdir(), 'huibao-bench-'))
  const { host, child } = await startHost(workspace)
  const browser = await chromium.launch({ executablePath: process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const mid = await deckOf(host.origin, host.token, 300)
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' })
    await page.goto(host.url)
    const openTimes: number[] = []
    for (let run = 0; run < 5; run++) openTimes.push(await openFromLibrary(page, '300 页'))
    const open = stats(openTimes)
    console.log(`open editor from library (300 slides, load-start → first paint), 5 runs: median ${ms(open.median)}, max ${ms(open.max)}  [goal < 1000 ms]`)
    console.log(`  300 slides: ${await domFigures(page)}`)

    // Cold: a fresh page load straight into the editor (app boot + api + render).
    const cold: number[] = []
    for (let run = 0; run < 3; run++) {
      await page.goto(`${host.origin}/?run=${run}#/briefing/${mid}`)
      await page.waitForFunction(() => performance.getEntriesByName('editor:ready').length > 0, null, { timeout: 30_000 })
      cold.push(await page.evaluate(() => performance.getEntriesByName('editor:ready')[0]!.startTime))
    }
    console.log(`cold page load into the editor (navigation start → first paint), 3 runs: median ${ms(stats(cold).median)}, max ${ms(stats(cold).max)}`)

    const typed = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn'
    const l = stats(await typingLatency(page, typed))
    console.log(`keystroke → paint, typing ${typed.length} characters in a title (300-slide deck): median ${ms(l.median)}, p95 ${ms(l.p95)}, max ${ms(l.max)}`)

    // 10,000 slides (issue 13): the rail must not build every thumbnail.
    await deckOf(host.origin, host.token, 10_000)
    const big = await openFromLibrary(page, '10000 页')
    console.log(`open editor from library (10,000 slides): ${ms(big)}; ${await domFigures(page)}`)
    const short = 'abcdefghijkl'
    const b = stats(await typingLatency(page, short))
    console.log(`keystroke → paint, typing ${short.length} characters in a title (10,000-slide deck): median ${ms(b.median)}, p95 ${ms(b.p95)}, max ${ms(b.max)}`)
    await openFromLibrary(page, '10000 页')
    const n = stats(await navigationLatency(page, 12))
    console.log(`keystroke → paint, ↓ to the next slide 12 times in the rail (10,000-slide deck): median ${ms(n.median)}, p95 ${ms(n.p95)}, max ${ms(n.max)}`)
  } finally {
    await browser.close()
    stopHost(child)
    await rm(workspace, { recursive: true, force: true })
  }
}

await main()

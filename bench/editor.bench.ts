/**
 * Editor bench: a 300-slide briefing in a temporary workspace, the real web host, Chromium.
 * Prints (no asserts):
 *  - time to open the editor with 300 slides (performance marks `editor:load-start` → `editor:ready`,
 *    the first paint after the deck arrived), from the library and as a cold page load;
 *  - keystroke-to-paint latency while typing in a slide title (keydown event time → the task after the
 *    next frame), median and p95.
 * Run: npx tsx bench/editor.bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startHost, stopHost } from '../tests/e2e/fixtures'
import type { BriefingDoc, Slide } from '../src-shared/schemas/briefing'

const SLIDES = 300
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

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

async function main(): Promise<void> {
  const workspace = await mkdtemp(join(tmpdir(), 'huibao-bench-'))
  const { host, child } = await startHost(workspace)
  const browser = await chromium.launch({ executablePath: process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium', args: ARGS })
  try {
    // A 300-slide briefing: the seed's draft, repeated.
    const library = await call<{ reports: { id: string }[] }>(host.origin, host.token, 'listLibrary', {})
    const drafted = await call<{ id: string }>(host.origin, host.token, 'draftBriefing', { reportId: library.reports[0]!.id })
    const { briefing } = await call<{ briefing: BriefingDoc }>(host.origin, host.token, 'getBriefing', { id: drafted.id })
    const slides: Slide[] = []
    for (let i = 0; slides.length < SLIDES; i++) {
      const s = briefing.slides[i % briefing.slides.length]!
      slides.push({ ...structuredClone(s), id: `bench-${i}` })
    }
    await call(host.origin, host.token, 'saveBriefing', { briefing: { ...briefing, slides }, baseRevision: briefing.revision })
    const counts = slides.reduce<Record<string, number>>((m, s) => ({ ...m, [s.layout]: (m[s.layout] ?? 0) + 1 }), {})
    console.log(`briefing: ${slides.length} slides (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')})`)

    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' })
    const openTimes: number[] = []
    for (let run = 0; run < 5; run++) {
      await page.goto(run === 0 ? host.url : `${host.origin}/#/`)
      await page.getByTestId('briefing-item').first().waitFor()
      await page.evaluate(() => performance.clearMarks())
      await page.getByTestId('briefing-item').first().getByRole('button').first().click()
      await page.waitForFunction(() => performance.getEntriesByName('editor:ready').length > 0, null, { timeout: 30_000 })
      const t = await page.evaluate(() => performance.measure('open', 'editor:load-start', 'editor:ready').duration)
      const thumbs = await page.getByTestId('slide-thumb').count()
      if (thumbs !== SLIDES) throw new Error(`expected ${SLIDES} thumbnails, got ${thumbs}`)
      openTimes.push(t)
    }
    const open = stats(openTimes)
    console.log(`open editor from library (300 slides, load-start → first paint), 5 runs: median ${ms(open.median)}, max ${ms(open.max)}  [goal < 1000 ms]`)

    // Cold: a fresh page load straight into the editor (app boot + api + render).
    const cold: number[] = []
    for (let run = 0; run < 3; run++) {
      await page.goto(`${host.origin}/?run=${run}#/briefing/${briefing.id}`)
      await page.waitForFunction(() => performance.getEntriesByName('editor:ready').length > 0, null, { timeout: 30_000 }).catch(async (e) => {
        console.log(page.url(), (await page.locator('body').innerText()).slice(0, 300))
        throw e
      })
      cold.push(await page.evaluate(() => performance.getEntriesByName('editor:ready')[0]!.startTime))
    }
    console.log(`cold page load into the editor (navigation start → first paint), 3 runs: median ${ms(stats(cold).median)}, max ${ms(stats(cold).max)}`)

    // Keystroke-to-paint while typing in the title of a slide.
    await page.getByTestId('slide-thumb').nth(1).getByRole('button').first().click()
    const title = page.getByTestId('slide-canvas').getByRole('textbox', { name: '标题' }).first()
    await title.click()
    await page.keyboard.press('End')
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[] }
      w.__lat = []
      let down = 0
      document.addEventListener('keydown', (e) => (down = e.timeStamp), true)
      document.addEventListener('input', () => {
        const start = down
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0))
      })
    })
    await page.keyboard.type('abcdefghijklmnopqrstuvwxyzabcdefghijklmn', { delay: 60 })
    await page.waitForTimeout(300)
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
    const l = stats(lat)
    console.log(`keystroke → paint, typing ${lat.length} characters in a title (300-slide deck): median ${ms(l.median)}, p95 ${ms(l.p95)}, max ${ms(l.max)}`)
  } finally {
    await browser.close()
    stopHost(child)
    await rm(workspace, { recursive: true, force: true })
  }
}

await main()

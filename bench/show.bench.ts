/**
 * Show speed in Chromium, against the real web host:
 * - next-slide latency: key press → the next frame painted after the slide's DOM changed. A capture
 *   keydown listener marks `show:key`; a MutationObserver on the audience root's `data-slide-index`
 *   waits one requestAnimationFrame and then a message-channel task (which runs after that frame's
 *   paint) and measures `show:next`. p50/p95 on 10- and 300-slide decks of text slides and of chart slides.
 * - overview open time for 300 slides: G → the grid's first frame painted.
 * The painted figure includes the wait for the next vsync (up to 16.7 ms at 60 Hz), so it is never below
 * the frame interval's share; the DOM-updated figure is the work the app does for a key.
 * Decks are written as briefing JSON into a temporary workspace before the host starts.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { startHost, stopHost } from '../tests/e2e/fixtures'
import { CHROMIUM_ARGS } from '../playwright.config'
import { BRIEFING_SCHEMA, BRIEFING_VERSION, DEFAULT_CHROME, type BriefingDoc, type Slide } from '../src-shared/schemas/briefing'

const CHART_TYPES = ['bar', 'line', 'pie', 'gauge', 'radar', 'target'] as const

function textSlide(i: number): Slide {
  return {
    id: `s-${i}`,
    layout: 'section',
    title: `第${i + 1}页 推动经济高质量发展取得新成效`,
    notes: '',
    hidden: false,
    sources: [],
    bullets: ['全市地区生产总值增长5.2%，规模以上工业增加值增长6.1%', '一般公共预算收入完成120.5亿元，同比增长8.3%', '城镇新增就业3.1万人，城镇调查失业率控制在5.5%以内', '粮食总产量稳定在150万吨以上'],
  }
}

function chartSlide(i: number): Slide {
  const type = CHART_TYPES[i % CHART_TYPES.length]!
  const figures = ['地区生产总值', '工业增加值', '固定资产投资', '社会消费品零售总额', '进出口总额'].map((label, k) => ({
    label,
    value: 3 + ((i + k) % 7) * 1.3,
    unit: '%',
    qualifier: null,
    period: '2023',
    target: type === 'target' || type === 'radar' ? { value: 5 + k, unit: '%', qualifier: null, period: '2024 target' } : null,
  }))
  return { id: `s-${i}`, layout: 'chart', title: `第${i + 1}页 主要经济指标`, notes: '', hidden: false, sources: [], chart: { type, title: '', figures }, caption: '数据来源：政府工作报告' }
}

function deck(id: string, count: number, make: (i: number) => Slide): BriefingDoc {
  return {
    schema: BRIEFING_SCHEMA,
    version: BRIEFING_VERSION,
    id,
    revision: 1,
    updatedAt: new Date().toISOString(),
    title: id,
    subtitle: '',
    meeting: '',
    date: '',
    organization: '某市人民政府',
    classification: '',
    theme: 'red',
    aspect: '16:9',
    chrome: { ...DEFAULT_CHROME },
    reportIds: [],
    slides: Array.from({ length: count }, (_, i) => make(i)),
  }
}

const DECKS = [
  { id: 'b-text-10', count: 10, make: textSlide, label: 'text, 10 slides' },
  { id: 'b-text-300', count: 300, make: textSlide, label: 'text, 300 slides' },
  { id: 'b-chart-10', count: 10, make: chartSlide, label: 'chart, 10 slides' },
  { id: 'b-chart-300', count: 300, make: chartSlide, label: 'chart, 300 slides' },
]
const SAMPLES = 90

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN
}
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`

/** Installs the probes in the page: one measure per ArrowRight (slide change) and per G (overview). */
/**
 * Installs the probes in the page: one measure per ArrowRight (slide change) and per G (overview).
 * Passed as source text, so the bundler's helpers never leak into the page.
 */
const PROBES = `(() => {
  window.__next = []
  window.__overview = []
  window.__dom = []
  let pending = null
  const afterPaint = (done) => requestAnimationFrame(() => {
    const ch = new MessageChannel()
    ch.port1.onmessage = done
    ch.port2.postMessage(0)
  })
  addEventListener('keydown', (e) => {
    pending = e.key === 'ArrowRight' ? 'next' : e.key === 'g' ? 'overview' : null
    performance.clearMarks('show:key')
    performance.mark('show:key')
  }, { capture: true })
  const root = document.querySelector('[data-testid="show-view"]')
  new MutationObserver((records) => {
    const kind = pending
    if (!kind) return
    const changed = kind === 'next' ? records.some((r) => r.type === 'attributes') : !!root.querySelector('[data-testid="show-overview"]')
    if (!changed) return
    pending = null
    if (kind === 'next') window.__dom.push(performance.now() - performance.getEntriesByName('show:key').at(-1).startTime)
    afterPaint(() => {
      const m = performance.measure('show:' + kind, 'show:key')
      ;(kind === 'next' ? window.__next : window.__overview).push(m.duration)
    })
  }).observe(root, { attributes: true, attributeFilter: ['data-slide-index'], childList: true })
})()`

async function installProbes(page: Page): Promise<void> {
  await page.evaluate(PROBES)
}

async function measureNext(page: Page, count: number): Promise<number[]> {
  let done = 0
  while (done < SAMPLES) {
    await page.keyboard.press('Home')
    await page.waitForFunction(`document.querySelector('[data-testid="show-view"]')?.getAttribute('data-slide-index') === '0'`)
    const steps = Math.min(count - 1, SAMPLES - done)
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForFunction(`window.__next.length >= ${done + i + 1}`)
    }
    done += steps
  }
  return page.evaluate('window.__next') as Promise<number[]>
}

async function measureOverview(page: Page, times: number): Promise<number[]> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('g')
    await page.waitForFunction(`window.__overview.length >= ${i + 1}`)
    await page.keyboard.press('Escape')
    await page.waitForFunction(`!document.querySelector('[data-testid="show-overview"]')`)
  }
  return page.evaluate('window.__overview') as Promise<number[]>
}

const workspace = await mkdtemp(join(tmpdir(), 'huibao-bench-show-'))
await mkdir(join(workspace, 'briefings'), { recursive: true })
for (const d of DECKS) await writeFile(join(workspace, 'briefings', `${d.id}.json`), JSON.stringify(deck(d.id, d.count, d.make)))
const { host, child } = await startHost(workspace)
const browser = await chromium.launch({ executablePath: process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })
  console.log('Chromium, 1920×1080 audience view, web host; CPU shared with other work, so read p95 with care.')
  for (const d of DECKS) {
    // A fresh page per deck, so the probes of one deck never see another's.
    const page = await context.newPage()
    await page.goto(host.url)
    await page.getByTestId('briefing-item').first().waitFor()
    await page.goto(`${host.origin}/#/show/${d.id}?from=0`)
    await page.waitForFunction(`document.querySelector('[data-testid="show-view"]')?.getAttribute('data-slide-index') === '0'`)
    await page.waitForTimeout(300) // let fonts and the first chart settle before measuring
    await installProbes(page)
    const next = await measureNext(page, d.count)
    const dom = (await page.evaluate('window.__dom')) as number[]
    console.log(`next slide, ${d.label}: key → frame painted ${fmt(next)}; key → slide DOM updated p50 ${pct(dom, 50).toFixed(1)} ms, p95 ${pct(dom, 95).toFixed(1)} ms`)
    if (d.count === 300) {
      const overview = await measureOverview(page, 10)
      console.log(`overview open, ${d.label}: ${fmt(overview)}`)
    }
    await page.close()
  }
  await context.close()
} finally {
  await browser.close()
  stopHost(child)
  await rm(workspace, { recursive: true, force: true })
}

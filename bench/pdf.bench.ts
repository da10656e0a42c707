/**
 * PDF export speed: `npx tsx bench/pdf.bench.ts`.
 * The briefing drafted from the sample, extended to 50 slides (its KPI, chart and section slides repeated
 * with their figures varied, so no chart comes from the cache) and exported as a 2-up handout: median time,
 * file size and the process's peak RSS. Then a 300-slide deck, and the ratio of the two times.
 * Goals: 50 slides < 2 s, < 3 MB, RSS < 400 MB; 300 slides < 10 s, growing linearly (ratio ≈ 6).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { draftBriefing } from '../src-shared/briefing/draft'
import type { BriefingContent, Slide } from '../src-shared/schemas/briefing'
import { importReportFile } from '../src-main/services/import'
import { renderBriefingPdf } from '../src-main/services/pdf/export'

const samplePath = fileURLToPath(new URL('../resources/sample/yulin-2024-government-work-report.txt', import.meta.url))
const report = await importReportFile(readFileSync(samplePath), 'yulin-2024.txt')
const draft = draftBriefing(report)

function deckOf(count: number): BriefingContent {
  const first = draft.slides.slice(0, 2)
  const closing = draft.slides.at(-1) as Slide
  const body = draft.slides.slice(2, -1)
  const slides: Slide[] = [...first]
  for (let k = 0; slides.length < count - 1; k++) {
    const s = structuredClone(body[k % body.length] as Slide)
    const round = Math.floor(k / body.length)
    s.id = `${s.id}-r${round}`
    if (round > 0) {
      s.title = `${s.title}（${round + 1}）`
      const vary = (f: { value: number }) => (f.value = Number.parseFloat((f.value * (1 + round * 0.013)).toPrecision(4)))
      if (s.layout === 'chart') s.chart.figures.forEach(vary)
      if (s.layout === 'kpi') s.figures.forEach(vary)
    }
    slides.push(s)
  }
  slides.push(closing)
  return { ...draft, classification: '内部资料 注意保存', slides }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

async function measure(deck: BriefingContent, runs: number): Promise<{ ms: number; bytes: number; pages: number }> {
  let bytes = 0
  let pages = 0
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const r = await renderBriefingPdf({ briefing: deck, options: { layout: '2' } })
    times.push(performance.now() - t0)
    bytes = r.bytes.byteLength
    pages = r.pageCount
  }
  return { ms: median(times), bytes, pages }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`
const deck50 = deckOf(50)
const charts = deck50.slides.filter((s) => s.layout === 'chart').length
await measure(deck50, 1) // warm-up: module loading, font parsing
const r50 = await measure(deck50, 7)
const rss50 = process.resourceUsage().maxRSS * 1024
console.log(`50 slides (${charts} charts), 2-up: median ${(r50.ms / 1000).toFixed(2)} s, ${r50.pages} pages, ${mb(r50.bytes)}, peak RSS ${mb(rss50)}  (goals < 2 s, < 3 MB, < 400 MB)`)
const r300 = await measure(deckOf(300), 3)
const rss300 = process.resourceUsage().maxRSS * 1024
console.log(`300 slides, 2-up:          median ${(r300.ms / 1000).toFixed(2)} s, ${r300.pages} pages, ${mb(r300.bytes)}, peak RSS ${mb(rss300)}  (goal < 10 s)`)
console.log(`ratio 300 / 50: ${(r300.ms / r50.ms).toFixed(2)} (linear: 6)`)

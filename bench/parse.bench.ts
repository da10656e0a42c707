/**
 * Parse-and-extract speed: `npx tsx bench/parse.bench.ts`.
 * Prints the median time of analyzeReportText for the seed report and for a ~1 MB report (the seed ×20
 * with its numbers varied), and their ratio. Goals: < 20 ms, < 400 ms, ratio ≤ 25 for ×20 input.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { analyzeReportText } from '../src-shared/report/analyze'

const seed = readFileSync(
  fileURLToPath(new URL('../resources/sample/yulin-2024-government-work-report.txt', import.meta.url)),
  'utf8',
)

function varied(times: number): string {
  const parts: string[] = []
  for (let k = 0; k < times; k++) {
    parts.push(seed.replace(/\d+(\.\d+)?/g, (d) => (d.length === 4 && !d.includes('.') ? d : String(Number(d) + k * 0.1).slice(0, 8))))
  }
  return parts.join('\n')
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

function measure(text: string, runs: number): { ms: number; metrics: number } {
  let metrics = 0
  for (let i = 0; i < 3; i++) metrics = analyzeReportText(text).metrics.length // warm-up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    analyzeReportText(text)
    times.push(performance.now() - t0)
  }
  return { ms: median(times), metrics }
}

const big = varied(20)
const small = measure(seed, 31)
const large = measure(big, 11)
const oneLine = measure(big.replace(/\n/g, ''), 5)
const kb = (s: string): string => `${(new TextEncoder().encode(s).length / 1024).toFixed(0)} KB`
console.log(`seed report   ${kb(seed).padStart(8)}  ${seed.length} chars  median ${small.ms.toFixed(2)} ms  (${small.metrics} metrics)`)
console.log(`×20 report    ${kb(big).padStart(8)}  ${big.length} chars  median ${large.ms.toFixed(2)} ms  (${large.metrics} metrics)`)
console.log(`×20 one line  ${kb(big).padStart(8)}  median ${oneLine.ms.toFixed(2)} ms`)
console.log(`ratio ×20 / ×1: ${(large.ms / small.ms).toFixed(1)} (goal ≤ 25)`)

/**
 * Parse-and-extract speed: `npx tsx bench/parse.bench.ts`.
 * Prints the median time of analyzeReportText for the seed report, for a ~1 MB report (the seed ×20 with its
 * numbers varied) and for each labelled corpus report, and the ×20 / ×1 ratio. Goals: < 20 ms, < 400 ms,
 * ratio ≤ 25 for ×20 input. Wall time and CPU time of this process are both printed: on a machine shared with
 * other work the wall time grows with the load, the CPU time much less.
 */
import { readdirSync, readFileSync } from 'node:fs'
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

function measure(text: string, runs: number): { ms: number; cpu: number; metrics: number } {
  let metrics = 0
  for (let i = 0; i < 3; i++) metrics = analyzeReportText(text).metrics.length // warm-up
  const times: number[] = []
  const cpus: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    analyzeReportText(text)
    times.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpus.push((c.user + c.system) / 1000)
  }
  return { ms: median(times), cpu: median(cpus), metrics }
}

const big = varied(20)
const small = measure(seed, 31)
const large = measure(big, 11)
const oneLine = measure(big.replace(/\n/g, ''), 5)
const kb = (s: string): string => `${(new TextEncoder().encode(s).length / 1024).toFixed(0)} KB`
const line = (name: string, text: string, m: { ms: number; cpu: number; metrics: number }): string =>
  `${name.padEnd(26)} ${kb(text).padStart(7)}  median ${m.ms.toFixed(2).padStart(7)} ms wall, ${m.cpu.toFixed(2).padStart(7)} ms CPU  (${m.metrics} figures)`
console.log(line('seed report', seed, small))
console.log(line('×20 report', big, large))
console.log(line('×20 one line', big, oneLine))
console.log(`ratio ×20 / ×1: ${(large.ms / small.ms).toFixed(1)} (goal ≤ 25)`)
const corpus = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url))
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(corpus + file, 'utf8')
  console.log(line(file.replace('.txt', ''), text, measure(text, 11)))
}

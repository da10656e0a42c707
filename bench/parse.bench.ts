/**
 * Parse-and-extract speed: analyzeReportText on the seed report and on a ~1 MB report (the seed ×20 with
 * its numbers varied) and on that report as one line. Three warm-up runs of each, then 11 rounds with the
 * inputs interleaved; medians and the ratio of medians. Goals: < 20 ms, < 400 ms, ratio ≤ 25 for ×20 input
 * (linear is 20; the old bench printed 5.0 from timing the small input first in a cold process).
 * Then each labelled corpus report, the same way.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyzeReportText } from '../src-shared/report/analyze'
import { samplePath } from './decks'
import { describeCase, interleaved, median, timed } from './measure'

const seed = readFileSync(samplePath, 'utf8')

function varied(times: number): string {
  const parts: string[] = []
  for (let k = 0; k < times; k++) {
    parts.push(seed.replace(/\d+(\.\d+)?/g, (d) => (d.length === 4 && !d.includes('.') ? d : String(Number(d) + k * 0.1).slice(0, 8))))
  }
  return parts.join('\n')
}

const big = varied(20)
const inputs = { 'seed report': seed, '×20 report': big, '×20 one line': big.replace(/\n/g, '') }
const s = await interleaved(Object.fromEntries(Object.entries(inputs).map(([name, text]) => [name, () => timed(async () => analyzeReportText(text))])), 11, 3)
const kb = (t: string) => `${(new TextEncoder().encode(t).length / 1024).toFixed(0)} KB`
const twoDecimals = (n: number) => `${n.toFixed(2)} ms`
for (const [name, text] of Object.entries(inputs)) {
  console.log(`${name.padEnd(14)} ${kb(text).padStart(8)}  ${String(text.length).padStart(7)} chars  ${describeCase(s, name, twoDecimals)}  (${analyzeReportText(text).metrics.length} metrics)`)
}
const r = (x: Record<string, number[]>) => (median(x['×20 report']!) / median(x['seed report']!)).toFixed(1)
console.log(`ratio ×20 / ×1: wall ${r(s.wall)}, CPU ${r(s.cpu)} (linear: 20; goal ≤ 25)`)

const corpusDir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url))
const corpus = Object.fromEntries(readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f.replace('.txt', ''), readFileSync(corpusDir + f, 'utf8')]))
const c = await interleaved(Object.fromEntries(Object.entries(corpus).map(([name, text]) => [name, () => timed(async () => analyzeReportText(text))])), 11, 3)
for (const [name, text] of Object.entries(corpus)) {
  console.log(`${name.padEnd(26)} ${kb(text).padStart(8)}  ${describeCase(c, name, twoDecimals)}  (${analyzeReportText(text).metrics.length} metrics)`)
}

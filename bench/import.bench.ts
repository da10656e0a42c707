/**
 * Import speed: `npx tsx bench/import.bench.ts` (or `npm run bench -- import`).
 * Prints: adversarial markdown of 1 MB (goal < 1 s, issue 13), the old regular expressions on a smaller
 * one for comparison; each fixture format read in this thread; the cost of the worker thread; a 1 MB .docx
 * that inflates to 1 GB (refused, with the process's peak memory).
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { importReportFile } from '../src-main/services/import'
import { stripMarkdown } from '../src-main/services/import/markdown'
import { readReportFile } from '../src-main/services/import/read-report'
import { docxFrame, zeroBomb, zip } from '../tests/helpers/zip'

const fixtures = new URL('../tests/fixtures/import/', import.meta.url)
const sample = readFileSync(fileURLToPath(new URL('../resources/sample/yulin-2024-government-work-report.txt', import.meta.url)))

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

async function time(run: () => unknown, runs = 3): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await run()
    times.push(performance.now() - t0)
  }
  return median(times)
}

/** The markdown rules as the importer had them before: regular expressions that rescan the line. */
function oldInline(s: string): string {
  return s.replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1').replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
}

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`

// ── Adversarial markdown ──
const MB = 1024 * 1024
for (const unit of ['[a](', '![a](', '**a', '`a', ' #']) {
  const md = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)
  const strip = await time(() => stripMarkdown(md))
  const whole = await time(() => readReportFile(Buffer.from(`# 报告\n${md}`), 'a.md').catch(() => undefined), 1)
  console.log(`markdown 1 MB of ${JSON.stringify(unit).padEnd(8)} strip ${ms(strip)}   whole import ${ms(whole)}   (goal < 1000 ms)`)
}
const before = '[a]('.repeat(20_000)
console.log(`before: the old expressions on ${JSON.stringify('[a](')} × 20k (80 KB): ${ms(await time(() => oldInline(before), 1))}; now: ${ms(await time(() => stripMarkdown(before)))}`)

// ── Each format, read in this thread ──
const manifest = JSON.parse(readFileSync(new URL('manifest.json', fixtures), 'utf8')) as { reports: { file: string; bytes: number }[] }
for (const f of manifest.reports) {
  const bytes = readFileSync(new URL(f.file, fixtures))
  const t = await time(() => readReportFile(bytes, f.file))
  console.log(`${f.file.padEnd(40)} ${(f.bytes / 1024).toFixed(0).padStart(5)} KB ${ms(t)}`)
}

// ── The worker thread's cost ──
const inThread = await time(() => importReportFile(sample, 'a.txt', { source: { kind: 'none' } }))
const inWorker = await time(() => importReportFile(sample, 'a.txt'))
console.log(`sample .txt in this thread ${ms(inThread)}, in a worker (tsx sources) ${ms(inWorker)}`)

// ── A zip bomb ──
const bomb = zip([...docxFrame(), zeroBomb('word/document.xml', 1024)])
const rssBefore = process.memoryUsage().rss
let peak = rssBefore
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
const t0 = performance.now()
const refused = await importReportFile(bomb, 'bomb.docx').then(
  () => 'imported (!)',
  (e: Error) => e.message,
)
clearInterval(sampler)
console.log(`${(bomb.length / MB).toFixed(2)} MB .docx inflating to 1024 MB: ${ms(performance.now() - t0)}, RSS ${(rssBefore / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB — ${refused}`)

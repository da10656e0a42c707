/**
 * PowerPoint export speed in process: the 50-slide and 300-slide sample decks (the drafted sample's KPI, chart
 * and section slides repeated with their figures varied) to .pptx. One warm-up of each (module loading),
 * then 5 rounds with the sizes interleaved; medians, the ratio of medians and the file size. Peak memory:
 * each size exported once in a fresh process of its own (this file, run as `pptx.bench.ts once N`), its
 * peak RSS less that of the same process before the export.
 * Goal: 50 slides < 1 s in process.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { renderBriefingPptx } from '../src-main/services/pptx/export'
import { sampleDeck } from './decks'
import { describeCase, interleaved, mb, median, timed } from './measure'

const SIZES = [50, 300] as const

if (process.argv[2] === 'once') {
  const briefing = await sampleDeck(Number(process.argv[3]))
  const before = process.resourceUsage().maxRSS * 1024
  const r = await renderBriefingPptx({ briefing })
  console.log(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024, bytes: r.bytes.byteLength }))
} else {
  const decks = Object.fromEntries(await Promise.all(SIZES.map(async (n) => [`sample, ${n} slides`, await sampleDeck(n)] as const)))
  const bytes: Record<string, number> = {}
  const s = await interleaved(
    Object.fromEntries(
      Object.entries(decks).map(([name, briefing]) => [
        name,
        () =>
          timed(async () => {
            bytes[name] = (await renderBriefingPptx({ briefing })).bytes.byteLength
          }),
      ]),
    ),
    5,
  )
  for (const name of Object.keys(decks)) console.log(`${name.padEnd(20)} ${describeCase(s, name)}, ${mb(bytes[name]!)}`)
  const r = (x: Record<string, number[]>) => (median(x['sample, 300 slides']!) / median(x['sample, 50 slides']!)).toFixed(2)
  console.log(`ratio 300 / 50 slides: wall ${r(s.wall)}, CPU ${r(s.cpu)} (linear would be 6)`)
  for (const n of SIZES) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'once', String(n)], { encoding: 'utf8' })
    const m = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { before: number; peak: number }
    console.log(`sample, ${n} slides, in a fresh process: peak RSS ${mb(m.peak)} (${mb(m.peak - m.before)} above the process with its deck loaded)`)
  }
}

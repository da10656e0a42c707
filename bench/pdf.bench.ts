/**
 * PDF export speed in process: the 50-slide sample deck (its KPI, chart and section slides repeated with
 * their figures varied, so no chart comes from the cache) and a 300-slide one, as 2-up handouts; and the
 * 50 plain text slides of the CLI comparison. One warm-up of each (module loading, font parsing), then
 * 5 rounds with the sizes interleaved; medians, the ratio of medians, file size and this process's peak RSS.
 * Goals: 50 slides < 2 s, < 3 MB, RSS < 400 MB; 300 slides < 10 s, growing linearly (ratio ≈ 6).
 */
import { renderBriefingPdf } from '../src-main/services/pdf/export'
import { BEFORE } from './before'
import { sampleDeck, textDeck } from './decks'
import { describeCase, interleaved, mb, median, timed } from './measure'

const decks = { 'sample, 50 slides': await sampleDeck(50), 'sample, 300 slides': await sampleDeck(300), 'text, 50 slides': textDeck(50) }
const bytes: Record<string, number> = {}
const pages: Record<string, number> = {}
const s = await interleaved(
  Object.fromEntries(
    Object.entries(decks).map(([name, briefing]) => [
      name,
      () =>
        timed(async () => {
          const r = await renderBriefingPdf({ briefing, options: { layout: name.startsWith('text') ? '1' : '2' } })
          bytes[name] = r.bytes.byteLength
          pages[name] = r.pageCount
        }),
    ]),
  ),
  5,
)
for (const name of Object.keys(decks)) console.log(`${name.padEnd(20)} ${describeCase(s, name)}, ${pages[name]} pages, ${mb(bytes[name]!)}`)
console.log(`peak RSS of this process: ${mb(process.resourceUsage().maxRSS * 1024)}`)
const r = (x: Record<string, number[]>) => (median(x['sample, 300 slides']!) / median(x['sample, 50 slides']!)).toFixed(2)
console.log(`ratio 300 / 50 slides: wall ${r(s.wall)}, CPU ${r(s.cpu)} (linear would be 6: part of the cost, font subsetting and the document itself, does not grow with slides)`)
console.log(`text, 50 slides, 1 per page: wall ${Math.round(median(s.wall['text, 50 slides']!))} ms (before, same method: ${BEFORE.inProcessText50Ms} ms at 2 per page)`)

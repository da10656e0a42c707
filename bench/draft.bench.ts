/**
 * Drafting speed: draftBriefing (figures, bullets measured with the font's metrics, （续） slides, headings
 * that fit) on the sample and on each corpus report, analysed once beforehand. Three warm-up runs, then 11
 * rounds with the reports interleaved; medians. Beside each: its slides, and the problems the draft checker
 * (check-draft.ts) finds, which should be none.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyzeReportText } from '../src-shared/report/analyze'
import { draftBriefing } from '../src-shared/briefing/draft'
import { checkDraft } from '../src-shared/briefing/check-draft'
import type { ReportContent } from '../src-shared/schemas/report'
import { samplePath } from './decks'
import { describeCase, interleaved, timed } from './measure'

const corpusDir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url))
const texts: Record<string, string> = {
  'sample (Yulin 2024)': readFileSync(samplePath, 'utf8'),
  ...Object.fromEntries(readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f.replace('.txt', ''), readFileSync(corpusDir + f, 'utf8')])),
}
const reports: Record<string, ReportContent> = Object.fromEntries(
  Object.entries(texts).map(([name, text], i) => {
    const a = analyzeReportText(text)
    const source = { fileName: `${name}.txt`, format: 'txt' as const, encoding: 'UTF-8', sha256: '', importedAt: '' }
    return [name, { id: `r-${i}`, title: a.title || name, year: a.year, place: a.place, source, text, sections: a.sections, annexes: a.annexes, metrics: a.metrics }]
  }),
)
const s = await interleaved(Object.fromEntries(Object.entries(reports).map(([name, r]) => [name, () => timed(async () => draftBriefing(r))])), 11, 3)
const ms = (n: number) => `${n.toFixed(1)} ms`
for (const [name, r] of Object.entries(reports)) {
  const draft = draftBriefing(r)
  console.log(`${name.padEnd(26)} ${describeCase(s, name, ms)}  ${String(draft.slides.length).padStart(3)} slides, ${checkDraft(r, draft).length} problems`)
}

/**
 * Listing the library (what the app does after every change) with a large report in the workspace:
 * the seed repeated to ~20 MB, plus 50 briefings. Median of repeated listings.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WorkspaceStore } from '../src-main/services/workspace-store'
import { importReportText } from '../src-main/services/import'
import { sampleBriefingContent } from '../tests/helpers/docs'

const root = await mkdtemp(join(tmpdir(), 'huibao-bench-library-'))
try {
  const store = new WorkspaceStore(root)
  await store.init()
  const seed = await readFile(join(import.meta.dirname, '..', 'resources', 'sample', 'yulin-2024-government-work-report.txt'), 'utf8')
  const big = await importReportText(seed.repeat(450), '大报告')
  await store.create('report', big)
  for (let i = 0; i < 50; i++) await store.create('briefing', sampleBriefingContent(`汇报${i}`))
  const times: number[] = []
  for (let i = 0; i < 9; i++) {
    const t = performance.now()
    await store.list()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(`library listing, one ${(big.text.length / 1e6).toFixed(1)} M-character report + 50 briefings: first ${times.at(-1)!.toFixed(0)} ms, median ${times[4]!.toFixed(1)} ms over 9`)
} finally {
  await rm(root, { recursive: true, force: true })
}

/**
 * Exports in the app, against the real web host (`node bin/huibao-web.mjs`, its own process) and the
 * 50-slide sample deck (charts, KPI cards, sections), 1 slide per page:
 * - the first export (the worker starts and loads pdfmake, fonts and ECharts), then later exports of the
 *   same deck through the api (request → PDF bytes received), interleaved with renderBriefingPdf of the
 *   same deck in this warm process; ratio of medians (goal: < 2×);
 * - click → file saved in Chromium: 导出 PDF → 导出 → the download event, 3 runs;
 * - 16 exports at once: how many finish, how many are refused as busy, how long until all are answered,
 *   and the host process's peak resident memory (Linux VmHWM, worker threads included; goal < 1 GB).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS } from '../playwright.config'
import { EXPORT_QUEUE_LIMITS } from '../src-main/services/export-queue/queue'
import { renderBriefingPdf } from '../src-main/services/pdf/export'
import type { BriefingDoc } from '../src-shared/schemas/briefing'
import { BEFORE } from './before'
import { sampleDeck } from './decks'
import { beforeAfter, describe, describeCase, interleaved, mb, median, ms, peakRss, ratio, startWebHost, timed, timedIn } from './measure'

const workspace = mkdtempSync(join(tmpdir(), 'huibao-bench-export-'))
const host = await startWebHost([process.execPath, 'bin/huibao-web.mjs'], workspace)
const browser = await chromium.launch({ executablePath: process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  const deck = await sampleDeck(50)
  const created = await host.call<{ id: string }>('createBriefing', { title: deck.title, reportIds: [] })
  const { briefing } = await host.call<{ briefing: BriefingDoc }>('getBriefing', { id: created.id })
  await host.call('saveBriefing', { briefing: { ...briefing, ...deck, id: briefing.id, reportIds: [] }, baseRevision: briefing.revision })
  const pid = host.child.pid!
  const exportOnce = () => timedIn(pid, () => host.call('exportPdf', { briefingId: created.id, options: { layout: '1' } }))

  const first = await exportOnce()
  console.log(`first export in the app (the worker starts, loads, warms up): ${ms(first.wall)}, host CPU ${ms(first.cpu)}`)
  const s = await interleaved({ 'app export (api)': exportOnce, 'in-process render': () => timed(() => renderBriefingPdf({ briefing: deck, options: { layout: '1' } })) }, 7)
  for (const name of Object.keys(s.wall)) console.log(`  ${name.padEnd(20)} ${describeCase(s, name)}`)
  console.log('  (CPU: the host process, worker threads included, for the app; this process for the in-process render)')
  const app = median(s.wall['app export (api)']!)
  const inProcess = median(s.wall['in-process render']!)
  console.log(
    `later exports / in-process render: wall ${ratio(app, inProcess)}, CPU ${ratio(median(s.cpu['app export (api)']!), median(s.cpu['in-process render']!))} (goal < 2×; before ${ratio(BEFORE.appExportSample50Ms, BEFORE.inProcessSample50Ms)})`,
  )
  console.log(`app export, 50 slides: ${beforeAfter(BEFORE.appExportSample50Ms, app)}`)

  // What a user waits for: the click on 导出 to the file saved (the browser's download).
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })
  await page.goto(host.url.href.replace('/?', `/?r=1&`).replace(/#.*$/, '') + `#/briefing/${created.id}`)
  await page.getByTestId('slide-thumb').first().waitFor()
  const clicks: number[] = []
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('export-pdf').click()
    await page.getByTestId('export-layout').selectOption('1')
    const download = page.waitForEvent('download')
    const t0 = await page.evaluate(() => performance.now())
    await page.getByTestId('export-run').click()
    await download
    clicks.push((await page.evaluate(() => performance.now())) - t0)
    // The dialog stays open when the export has warnings (this deck's figures come from no report here).
    if (await page.getByTestId('export-dialog').isVisible()) await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click()
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' })
  }
  console.log(`click 导出 → download saved in Chromium, 50 slides: ${describe(clicks)}`)

  // A large deck within the worker's heap limit.
  const big = await sampleDeck(300)
  const { briefing: current } = await host.call<{ briefing: BriefingDoc }>('getBriefing', { id: created.id })
  const saved = await host.call<{ revision: number }>('saveBriefing', { briefing: { ...current, slides: big.slides }, baseRevision: current.revision })
  const bigExport = await timedIn(pid, () => host.call('exportPdf', { briefingId: created.id, options: { layout: '2' } }))
  console.log(`300 slides, 2 per page, in the app: ${ms(bigExport.wall)}, host CPU ${ms(bigExport.cpu)} (the worker's heap is capped at ${EXPORT_QUEUE_LIMITS.maxHeapMb} MB)`)
  await host.call('saveBriefing', { briefing: current, baseRevision: saved.revision }) // back to the 50 slides

  // 16 exports at once.
  const t0 = performance.now()
  const results = await Promise.all(
    Array.from({ length: 16 }, () =>
      host.call('exportPdf', { briefingId: created.id, options: { layout: '1' } }).then(
        () => 'done',
        (e: { code?: string }) => (e.code === 'busy' ? 'busy' : `error ${e.code}`),
      ),
    ),
  )
  const count = (k: string) => results.filter((r) => r === k).length
  console.log(`16 exports at once: ${count('done')} finished, ${count('busy')} refused as busy, ${16 - count('done') - count('busy')} other errors, all answered in ${ms(performance.now() - t0)}; host peak RSS ${mb(peakRss(pid))} (goal < 1 GB; before: never finished in 240 s, 1.9 GB)`)
} finally {
  await browser.close()
  host.stop()
  rmSync(workspace, { recursive: true, force: true })
}

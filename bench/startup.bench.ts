/**
 * Starting the app in a browser, as a user waits for it:
 * - build sizes (what a packaged app ships);
 * - `npm run web` (the README's command) from spawn to the URL printed, nothing to rebuild;
 * - from spawn to the library painted (the first report row visible in Chromium, already running);
 * - what the library's first load fetches (resource timing, decoded bytes) and the size of its first script;
 * - navigation start → first report row painted, on a running host (cold page loads).
 * Builds first only what is stale. One warm-up, then 7 runs of each.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { buildIfStale } from '../bin/build-if-stale.mjs'
import { CHROMIUM_ARGS } from '../playwright.config'
import { BEFORE } from './before'
import { beforeAfter, describe, mb, median, startWebHost } from './measure'

function folderSize(dir: string, match: (file: string) => boolean = () => true): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && match(entry.name)) total += statSync(join(entry.parentPath, entry.name)).size
  }
  return total
}

await buildIfStale('node')
await buildIfStale('app')
const out = join(process.cwd(), 'out')
const assets = join(out, 'renderer', 'assets')
const woff2 = (f: string) => f.endsWith('.woff2')
console.log(
  `build size: main ${mb(folderSize(join(out, 'main')))}, node programs ${mb(folderSize(join(out, 'node')))}, renderer ${mb(folderSize(join(out, 'renderer')))} ` +
    `(screen fonts ${mb(folderSize(assets, woff2))} in ${readdirSync(assets).filter(woff2).length} subsets, of which the two cores ${mb(folderSize(assets, (f) => /-core-.*\.woff2$/.test(f)))})`,
)

const RUNS = 7
const browser: Browser = await chromium.launch({ executablePath: process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  const urlTimes: number[] = []
  const painted: number[] = []
  const firstLoad: number[] = []
  const navToRow: number[] = []
  let firstScript = 0
  for (let run = 0; run <= RUNS; run++) {
    const workspace = mkdtempSync(join(tmpdir(), 'huibao-bench-startup-'))
    const host = await startWebHost(['npm', 'run', '--silent', 'web', '--'], workspace)
    try {
      const context = await browser.newContext({ locale: 'zh-CN' })
      const page = await context.newPage()
      await page.goto(host.url.href)
      await page.getByTestId('report-item').first().waitFor()
      const paintedAt = performance.now() - host.spawnedAt
      const rowAt = await page.evaluate(() => performance.now())
      await page.waitForLoadState('networkidle')
      // The document itself and every resource, as the page's resource timing saw them.
      const resources = await page.evaluate(() =>
        (['navigation', 'resource'] as const).flatMap((kind) =>
          (performance.getEntriesByType(kind) as PerformanceResourceTiming[]).map((e) => ({ name: e.name, bytes: e.decodedBodySize, type: e.initiatorType })),
        ),
      )
      await context.close()
      if (run === 0) continue // warm-up
      urlTimes.push(host.urlMs)
      painted.push(paintedAt)
      navToRow.push(rowAt)
      firstLoad.push(resources.reduce((n, r) => n + r.bytes, 0))
      firstScript = resources.find((r) => r.type === 'script' && /\/index-[\w-]+\.js$/.test(r.name))?.bytes ?? 0
    } finally {
      host.stop()
      rmSync(workspace, { recursive: true, force: true })
    }
  }
  console.log(`npm run web → URL printed:           ${describe(urlTimes)}  (goal < 1 s)`)
  console.log(`npm run web → library painted:       ${describe(painted)}`)
  console.log(`navigation → first report row:       ${describe(navToRow)}`)
  console.log(`library's first load:                ${mb(median(firstLoad))}, first script ${mb(firstScript)}  (goal < 3 MB)`)
  console.log(`URL printed:      ${beforeAfter(BEFORE.webUrlMs, median(urlTimes))}`)
  console.log(`library painted:  ${beforeAfter(BEFORE.webPaintedMs, median(painted))}`)
  console.log(`first load:       ${beforeAfter(BEFORE.firstLoadBytes, median(firstLoad), mb)}`)
  console.log(`first script:     ${beforeAfter(BEFORE.firstScriptBytes, firstScript, mb)}`)
} finally {
  await browser.close()
}

/**
 * Starting the app in a browser, as a user waits for it:
 * - build sizes (what a packaged app ships);
 * - the host started three ways, interleaved: `npm run web` (the README's command), `node bin/huibao-web.mjs`
 *   (the same without npm) and the TypeScript sources through tsx (how `npm run web` worked before issue 17,
 *   compiling on every start; today's code, so it too prints the URL before opening the workspace): from
 *   spawn to the URL printed (nothing to rebuild), and to the library painted (the first report row visible
 *   in Chromium, already running);
 * - what the library's first load fetches (resource timing, decoded bytes) and the size of its first script;
 * - navigation start → first report row painted, on a running host (cold page loads).
 * Builds first only what is stale. One warm-up round, then 7 rounds.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { buildIfStale } from '../bin/build-if-stale.mjs'
import { CHROMIUM_ARGS } from '../playwright.config'
import { BEFORE } from './before'
import { beforeAfter, describe, mb, median, ms, startWebHost } from './measure'

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
/** How the host is started: the README's command, the same without npm, and the sources through tsx as before. */
const LAUNCHERS: Record<string, string[]> = {
  'npm run web': ['npm', 'run', '--silent', 'web', '--'],
  'node bin/huibao-web.mjs': [process.execPath, 'bin/huibao-web.mjs'],
  'tsx sources (before)': [join('node_modules', '.bin', 'tsx'), 'bench/web-from-sources.ts'],
}
const browser: Browser = await chromium.launch({ executablePath: process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  const urlTimes: Record<string, number[]> = {}
  const painted: Record<string, number[]> = {}
  const firstLoad: number[] = []
  const navToRow: number[] = []
  let firstScript = 0
  const names = Object.keys(LAUNCHERS)
  for (let run = 0; run <= RUNS; run++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + run) % names.length]!
      const workspace = mkdtempSync(join(tmpdir(), 'huibao-bench-startup-'))
      const host = await startWebHost(LAUNCHERS[name]!, workspace)
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
        ;(urlTimes[name] ??= []).push(host.urlMs)
        ;(painted[name] ??= []).push(paintedAt)
        if (name !== 'npm run web') continue
        navToRow.push(rowAt)
        firstLoad.push(resources.reduce((n, r) => n + r.bytes, 0))
        firstScript = resources.find((r) => r.type === 'script' && /\/index-[\w-]+\.js$/.test(r.name))?.bytes ?? 0
      } finally {
        host.stop()
        rmSync(workspace, { recursive: true, force: true })
      }
    }
  }
  console.log(`host start, ${RUNS} runs of each launcher interleaved (after one warm-up round):`)
  for (const name of names) console.log(`  ${name.padEnd(24)} → URL printed ${describe(urlTimes[name]!)}; → library painted ${describe(painted[name]!)}`)
  console.log(`navigation → first report row (npm run web): ${describe(navToRow)}`)
  console.log(`library's first load: ${mb(median(firstLoad))}, first script ${mb(firstScript)}  (goal < 3 MB)`)
  const m = (x: Record<string, number[]>, name: string) => median(x[name]!)
  console.log(`URL printed, npm run web:     ${beforeAfter(BEFORE.webUrlMs, m(urlTimes, 'npm run web'))} — goal < 1 s; at this run's load the sources through tsx took ${ms(m(urlTimes, 'tsx sources (before)'))}`)
  console.log(`  before this round (${BEFORE.round2.commit}, the host listening only after the services had loaded): npm run web ${ms(BEFORE.round2.webUrlNpmMs)}, node bin/huibao-web.mjs ${ms(BEFORE.round2.webUrlNodeMs)}; now ${ms(m(urlTimes, 'npm run web'))} and ${ms(m(urlTimes, 'node bin/huibao-web.mjs'))}; npm's own share ${ms(m(urlTimes, 'npm run web') - m(urlTimes, 'node bin/huibao-web.mjs'))}`)
  console.log(`library painted, npm run web: ${beforeAfter(BEFORE.webPaintedMs, m(painted, 'npm run web'))}; at this run's load the sources through tsx took ${ms(m(painted, 'tsx sources (before)'))}`)
  console.log(`first load:   ${beforeAfter(BEFORE.firstLoadBytes, median(firstLoad), mb)}`)
  console.log(`first script: ${beforeAfter(BEFORE.firstScriptBytes, firstScript, mb)}`)
} finally {
  await browser.close()
}

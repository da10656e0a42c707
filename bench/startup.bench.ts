/**
 * App build size, and web-mode time to first render of the library (navigation start → the first report
 * row painted), median of several cold page loads against the real host.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { startHost, stopHost } from '../tests/e2e/fixtures'
import { CHROMIUM_ARGS } from '../playwright.config'

async function folderSize(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`

const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'ignore' })
if (build.status !== 0) throw new Error('build failed')
const out = join(process.cwd(), 'out')
const fonts = (await readdir(join(out, 'renderer', 'assets'))).filter((f) => f.endsWith('.ttf'))
let fontBytes = 0
for (const f of fonts) fontBytes += (await stat(join(out, 'renderer', 'assets', f))).size
console.log(`build size: main ${mb(await folderSize(join(out, 'main')))}, preload ${mb(await folderSize(join(out, 'preload')))}, renderer ${mb(await folderSize(join(out, 'renderer')))} (of which fonts ${mb(fontBytes)})`)

const workspace = await mkdtemp(join(tmpdir(), 'huibao-bench-'))
const { host, child } = await startHost(workspace)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
try {
  const times: number[] = []
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(host.url)
    await page.getByTestId('report-item').first().waitFor()
    times.push(await page.evaluate(() => performance.now()))
    await context.close()
  }
  console.log(`web mode, first render of the library: median ${median(times).toFixed(0)} ms over ${times.length} cold loads (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`)
} finally {
  await browser.close()
  stopHost(child)
  await rm(workspace, { recursive: true, force: true })
}

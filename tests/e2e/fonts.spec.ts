import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'

/** Latin, digits, punctuation, common hanzi, a GB 2312 level-2 hanzi (锂) and one beyond GB 2312 (勠). */
const SAMPLE = 'Aa0% ，。“”（）《》—…·℃①Ⅱ榆林市政府工作报告锂暨勠'

test('the screen font is Noto Sans SC, measuring exactly as the TTF the PDF embeds; the library loads only its core', async ({ page, host }) => {
  const fonts: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('.woff2')) fonts.push(r.url())
  })
  // The full TTFs as a reference face, served from the app's own origin (the CSP allows only that).
  const dir = join(process.cwd(), 'resources', 'fonts')
  for (const [name, file] of [['regular', 'NotoSansSC-Regular.ttf'], ['bold', 'NotoSansSC-Bold.ttf']] as const) {
    const body = await readFile(join(dir, file))
    await page.route(`**/__reference/${name}.ttf`, (route) => route.fulfill({ body, contentType: 'font/ttf' }))
  }
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await page.evaluate(() => document.fonts.ready)
  expect(fonts.length).toBeGreaterThan(0)
  for (const url of fonts) expect(url).toMatch(/noto-sans-sc-(400|700)-core-[\w-]+\.woff2$/)

  const widths = await page.evaluate(async (sample) => {
    const faces = [new FontFace('Reference', 'url(/__reference/regular.ttf)', { weight: '400' }), new FontFace('Reference', 'url(/__reference/bold.ttf)', { weight: '700' })]
    for (const f of faces) document.fonts.add(await f.load())
    const out: Record<string, number[]> = {}
    const ctx = document.createElement('canvas').getContext('2d')!
    for (const weight of [400, 700]) {
      await document.fonts.load(`${weight} 100px "Noto Sans SC"`, sample)
      for (const family of ['"Noto Sans SC"', 'Reference']) {
        ctx.font = `${weight} 100px ${family}`
        out[`${weight} ${family}`] = [...sample].map((ch) => Math.round(ctx.measureText(ch).width * 100) / 100)
      }
    }
    return out
  }, SAMPLE)
  expect(widths['400 "Noto Sans SC"']).toEqual(widths['400 Reference'])
  expect(widths['700 "Noto Sans SC"']).toEqual(widths['700 Reference'])
  // The rare characters came from their own subsets, fetched on demand.
  expect(fonts.some((u) => /-common-/.test(u))).toBe(true)
  expect(fonts.some((u) => /-\d\d-[\w-]+\.woff2$/.test(u))).toBe(true)
})

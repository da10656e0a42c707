import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildIfStale, isStale } from '../../../../bin/build-if-stale.mjs'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'huibao-entry-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs the built command line in a fresh Node (built first if stale, as bin/huibao.mjs does), and lists the
 * node_modules packages that ended up loaded.
 */
function packagesLoadedBy(args: string[]): { code: number; packages: string[] } {
  const probe = `
    import { createRequire } from 'node:module'
    const { buildIfStale } = await import('./bin/build-if-stale.mjs')
    await buildIfStale('node')
    const { main } = await import('./out/node/cli.js')
    const code = await main(${JSON.stringify(args)}, { out() {}, err() {} })
    const loaded = Object.keys(createRequire(import.meta.url).cache)
    const packages = [...new Set(loaded.flatMap((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f)?.[1] ?? []))]
    process.stdout.write(JSON.stringify({ code, packages }))`
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout) as { code: number; packages: string[] }
}

describe('the command line loads only what a command needs', () => {
  it('--help lists every command without loading pdfmake or the importers', () => {
    const help = spawnSync(process.execPath, ['bin/huibao.mjs', '--help'], { cwd: root, encoding: 'utf8', timeout: 120_000 })
    expect(help.status).toBe(0)
    for (const c of ['import', 'draft', 'pdf']) expect(help.stdout).toContain(`huibao ${c} `)
    const { code, packages } = packagesLoadedBy(['--help'])
    expect(code).toBe(0)
    expect(packages).not.toContain('pdfmake')
    expect(packages).not.toContain('mammoth')
  }, 180_000)

  it('pdf loads pdfmake (the probe sees what a command loads)', () => {
    const { packages } = packagesLoadedBy(['pdf', join(dir, 'missing.json'), '-o', join(dir, 'x.pdf')])
    // The briefing file is missing, so the command fails before rendering: it must not have loaded pdfmake either.
    expect(packages).not.toContain('pdfmake')
    const deck = join(dir, 'deck.json')
    writeFileSync(deck, JSON.stringify({ id: 'b-1', title: '测试', slides: [{ id: 's1', layout: 'section', title: '一', bullets: ['甲'] }] }))
    const rendered = packagesLoadedBy(['pdf', deck, '-o', join(dir, 'x.pdf')])
    expect(rendered.code).toBe(0)
    expect(rendered.packages).toContain('pdfmake')
    expect(rendered.packages).not.toContain('mammoth')
  }, 180_000)
})

/**
 * Runs `bin/huibao.mjs ARGS` with a module hook that logs every file of the built program (out/node) it
 * loads, ES chunks included (which a require cache does not show). Returns the chunk names, hash dropped.
 */
function chunksLoadedBy(args: string[]): string[] {
  const log = join(dir, `chunks-${Math.random().toString(36).slice(2)}.log`)
  const hook = `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.includes('/out/node/')) appendFileSync(${JSON.stringify(log)}, url.split('/').pop() + '\\n')
  return next(url, context)
}`
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)})`
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, 'bin/huibao.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  if (r.status !== 0) throw new Error(r.stderr)
  return readFileSync(log, 'utf8').split('\n').filter(Boolean).map((f) => f.replace(/-[\w-]{8}\.js$/, ''))
}

describe('a PDF loads the chart renderer only for a deck with charts', () => {
  it('a text-only deck never loads ECharts; a deck with a chart does', () => {
    const text = join(dir, 'text.json')
    writeFileSync(text, JSON.stringify({ id: 'b-t', title: '文字', slides: [{ id: 's1', layout: 'section', title: '一', bullets: ['甲'] }] }))
    const chart = join(dir, 'chart.json')
    const figures = [{ label: '2023年', value: 5.2, unit: '%' }, { label: '2024年', value: 5.5, unit: '%' }]
    writeFileSync(chart, JSON.stringify({ id: 'b-c', title: '图表', slides: [{ id: 's1', layout: 'chart', title: '增长', chart: { type: 'bar', title: '', figures } }] }))
    const forText = chunksLoadedBy(['pdf', text, '-o', join(dir, 'text.pdf')])
    expect(forText).toContain('export') // the hook sees the PDF export's own chunk
    expect(forText).not.toContain('charts')
    expect(chunksLoadedBy(['pdf', chart, '-o', join(dir, 'chart.pdf')])).toContain('charts')
  }, 180_000)
})

describe('rebuilding only when a source is newer', () => {
  const project = join(dir, 'project')
  mkdirSync(join(project, 'src'), { recursive: true })
  writeFileSync(join(project, 'src', 'a.ts'), 'export {}')
  writeFileSync(join(project, 'build.mjs'), `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
mkdirSync('out', { recursive: true }); writeFileSync('out/app.js', ''); appendFileSync('builds.log', 'built\\n')`)
  const target = { output: 'out/app.js', sources: ['src', 'build.mjs'], build: ['build.mjs'], what: '测试' }
  const builds = () => readFileSync(join(project, 'builds.log'), 'utf8').split('\n').filter(Boolean).length

  it('builds a missing output once, even when two callers ask at the same moment', async () => {
    expect(isStale(target, project)).toBe(true)
    await Promise.all([buildIfStale(target, project), buildIfStale(target, project)])
    expect(builds()).toBe(1)
    expect(isStale(target, project)).toBe(false)
    await buildIfStale(target, project)
    expect(builds()).toBe(1)
  }, 60_000)

  it('takes over at once a lock whose build died (Ctrl+C), rather than waiting for it to grow old', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    mkdirSync(join(project, 'out', '.build-lock'), { recursive: true })
    writeFileSync(join(project, 'out', '.build-lock', 'owner'), String(dead))
    rmSync(join(project, 'out', 'app.js'))
    await buildIfStale(target, project)
    expect(builds()).toBe(2)
    expect(existsSync(join(project, 'out', '.build-lock'))).toBe(false)
  }, 60_000)

  it('builds again when a source is newer than the output', async () => {
    const later = new Date(Date.now() + 60_000)
    utimesSync(join(project, 'src', 'a.ts'), later, later)
    expect(isStale(target, project)).toBe(true)
    await buildIfStale(target, project)
    expect(builds()).toBe(3)
  }, 60_000)
})

import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const cacheModule = pathToFileURL(join(process.cwd(), 'bin', 'compile-cache.mjs')).href
const dir = mkdtempSync(join(tmpdir(), 'huibao-code-cache-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const pkg = join(dir, 'node_modules', 'greeting')
const cacheFile = join(dir, 'cache', 'cli.bin')
mkdirSync(pkg, { recursive: true })
writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'greeting', main: 'index.js' }))
writeFileSync(join(pkg, 'helper.js'), `exports.punctuation = '！'`)

/** A fresh Node that loads the package through the cache, as bin/huibao.mjs loads pdfmake. */
function run(): string {
  const probe = `
    const { enableCompileCache } = await import(${JSON.stringify(cacheModule)})
    enableCompileCache(${JSON.stringify(cacheFile)})
    const { createRequire } = await import('node:module')
    const greeting = createRequire(${JSON.stringify(join(dir, 'main.js'))})('greeting')
    process.stdout.write(greeting.hello() + '|' + greeting.where + '|' + typeof greeting.resolved)`
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
  if (r.status !== 0) throw new Error(r.stderr)
  return r.stdout
}

const write = (word: string) =>
  writeFileSync(join(pkg, 'index.js'), `const { punctuation } = require('./helper')\nexports.hello = () => '${word}' + punctuation\nexports.where = __filename.endsWith('index.js')\nexports.resolved = require.resolve('./helper')\n`)

describe('the code cache of the command line', () => {
  it('runs a package the same with and without its cache, and writes the cache only when something was missing', () => {
    write('你好')
    expect(run()).toBe('你好！|true|string')
    const written = statSync(cacheFile).mtimeMs
    expect(readFileSync(cacheFile).length).toBeGreaterThan(0)
    expect(run()).toBe('你好！|true|string')
    expect(statSync(cacheFile).mtimeMs).toBe(written)
  }, 60_000)

  it('never runs old code for a changed file, even one of the same length', () => {
    write('你好')
    run()
    write('您好') // same length: V8's own check on the source would not notice
    const later = new Date(Date.now() + 5_000)
    utimesSync(join(pkg, 'index.js'), later, later)
    expect(run()).toBe('您好！|true|string')
  }, 60_000)

  it('ignores a damaged cache file and replaces it', () => {
    write('早上好')
    writeFileSync(cacheFile, 'not a cache')
    expect(run()).toBe('早上好！|true|string')
    expect(readFileSync(cacheFile, 'utf8')).not.toBe('not a cache')
  }, 60_000)
})

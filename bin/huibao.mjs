#!/usr/bin/env node
// `huibao COMMAND …`: the built command line (out/node/cli.js), rebuilt first when a source is newer. The
// packages it loads come with their compiled code from the last run (compile-cache.mjs).
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfStale, root } from './build-if-stale.mjs'
import { compileCacheFile, enableCompileCache } from './compile-cache.mjs'

try {
  await buildIfStale('node')
} catch (error) {
  process.stderr.write(`无法运行：${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
if (process.env.HUIBAO_NO_CODE_CACHE !== '1') enableCompileCache(compileCacheFile(root))
const { runCli } = await import(pathToFileURL(join(root, 'out', 'node', 'cli.js')).href)
await runCli()

#!/usr/bin/env node
// `npm run web`: the web host (out/node/web.js). A stale host is rebuilt before it starts; a stale
// renderer is rebuilt while the host already listens and has printed its URL (pages wait for it).
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildIfStale, root } from './build-if-stale.mjs'

try {
  await buildIfStale('node')
  const rendererReady = buildIfStale('app')
  rendererReady.catch(() => {}) // reported below, once the host has started waiting on it
  const { runWebHost } = await import(pathToFileURL(join(root, 'out', 'node', 'web.js')).href)
  await runWebHost(process.argv.slice(2), { rendererReady })
} catch (error) {
  process.stderr.write(`无法启动：${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}

/**
 * Starting a worker thread from this code base's two shapes: TypeScript sources (development, tests,
 * `npm run web`, the CLI under tsx) and the electron-vite bundle (out/main/*.js, one file per worker entry).
 * A TypeScript worker registers tsx's loader first, then imports its module.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type WorkerOptions } from 'node:worker_threads'

export type WorkerSource = { kind: 'ts'; url: URL } | { kind: 'js'; url: URL } | { kind: 'none' }

/**
 * Where a worker's code is, seen from the module that starts it: `tsFile` beside that module when it is a .ts
 * source, else `jsFile` beside the bundle, else nowhere. In a bundle the starting module may sit in the
 * bundle's `chunks/` folder while the worker entry sits beside the entry files, one folder up.
 */
export function workerSource(moduleUrl: string, tsFile: string, jsFile: string): WorkerSource {
  const ts = new URL(tsFile, moduleUrl)
  if (moduleUrl.endsWith('.ts') && existsSync(fileURLToPath(ts))) return { kind: 'ts', url: ts }
  for (const js of [new URL(jsFile, moduleUrl), new URL(`../${jsFile.replace(/^\.\//, '')}`, moduleUrl)]) {
    if (existsSync(fileURLToPath(js))) return { kind: 'js', url: js }
  }
  return { kind: 'none' }
}

export function startWorker(source: Exclude<WorkerSource, { kind: 'none' }>, options: WorkerOptions): Worker {
  if (source.kind === 'js') return new Worker(source.url, options)
  // `require.resolve` gives the CommonJS build of tsx's api; the ESM build sits beside it.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api')
  const mjs = cjs.replace(/\.cjs$/, '.mjs')
  const tsxApi = pathToFileURL(existsSync(mjs) ? mjs : cjs).href
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(source.url.href)}) })`
  return new Worker(boot, { ...options, eval: true })
}

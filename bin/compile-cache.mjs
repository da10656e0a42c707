/**
 * A V8 code cache for the CommonJS packages the command line loads (pdfmake, pdfkit, fontkit, …): the
 * bytecode V8 compiled for them, functions compiled while the command ran included, is kept in one file
 * and handed back to V8 on the next run, so a command no longer compiles ~3 MB of JavaScript every time.
 * Node 22 does this itself (`module.enableCompileCache`); Node 20, which the project supports, does not.
 *
 * Safe by construction: a module's entry is used only when the file's size and modification time are the
 * ones it was made from (V8 itself refuses data from another V8 version or other flags); anything unusual
 * (an ES module, an unreadable or damaged cache file, a cache folder that cannot be written) falls back to
 * Node's own loading, silently. The cache is written, atomically, only when a module was missing from it.
 * Only files under node_modules are cached; the project's own bundle is ES modules and loads as before.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { dirname, join, sep } from 'node:path'
import vm from 'node:vm'

const MAGIC = 'huibao-code-cache-1'
const NODE_MODULES = `${sep}node_modules${sep}`

/**
 * @typedef {{ key: string, data: Buffer }} Entry  key: size and mtime of the file the data was made from
 * @typedef {{ file: string, key: string, script: vm.Script }} Compiled
 */

/** @param {string} file @returns {Map<string, Entry>} */
function readCache(file) {
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  let buf
  try {
    buf = readFileSync(file)
  } catch {
    return entries
  }
  try {
    const headerEnd = buf.indexOf(0x0a)
    const header = JSON.parse(buf.toString('utf8', 0, headerEnd))
    if (header.magic !== MAGIC || !Array.isArray(header.entries)) return entries
    let offset = headerEnd + 1
    for (const [name, key, length] of header.entries) {
      entries.set(name, { key, data: buf.subarray(offset, offset + length) })
      offset += length
    }
    if (offset !== buf.length) entries.clear() // truncated or damaged: start again
  } catch {
    entries.clear()
  }
  return entries
}

/** @param {string} file @param {Map<string, Entry>} entries */
function writeCache(file, entries) {
  const list = [...entries].map(([name, e]) => [name, e.key, e.data.length])
  const header = Buffer.from(`${JSON.stringify({ magic: MAGIC, entries: list })}\n`)
  const tmp = `${file}.${process.pid}.tmp`
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(tmp, Buffer.concat([header, ...[...entries.values()].map((e) => e.data)]))
  renameSync(tmp, file)
}

/** @param {string} filename @returns {string | null} */
function fileKey(filename) {
  try {
    const s = statSync(filename)
    return `${s.size}:${s.mtimeMs}`
  } catch {
    return null
  }
}

/**
 * The `require` a module's code receives, as Node makes it (lib/internal/modules/helpers.js).
 * @param {Module} mod
 */
function requireFor(mod) {
  /** @type {NodeJS.Require} */
  const require = Object.assign((/** @type {string} */ id) => mod.require(id), {
    resolve: Object.assign(
      (/** @type {string} */ request, /** @type {{ paths?: string[] } | undefined} */ options) =>
        /** @type {any} */ (Module)._resolveFilename(request, mod, false, options),
      { paths: (/** @type {string} */ request) => /** @type {any} */ (Module)._resolveLookupPaths(request, mod) },
    ),
    main: /** @type {any} */ (process).mainModule,
    extensions: /** @type {any} */ (Module)._extensions,
    cache: /** @type {any} */ (Module)._cache,
  })
  return require
}

/**
 * Loads node_modules' CommonJS code through the cache kept in `file` from now on in this process.
 * @param {string} file
 */
export function enableCompileCache(file) {
  const proto = /** @type {any} */ (Module.prototype)
  const original = proto._compile
  if (typeof original !== 'function' || typeof Module.wrap !== 'function') return
  const cache = readCache(file)
  /** @type {Compiled[]} */
  const compiled = []
  let missed = false

  proto._compile = function (/** @type {string} */ content, /** @type {string} */ filename, /** @type {unknown} */ format) {
    if (format === 'module' || !filename.includes(NODE_MODULES)) return original.call(this, content, filename, format)
    const key = fileKey(filename)
    if (key === null) return original.call(this, content, filename, format)
    const entry = cache.get(filename)
    const cachedData = entry?.key === key ? entry.data : undefined
    let script
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER })
    } catch {
      return original.call(this, content, filename, format) // e.g. ES module syntax in a .js file: Node knows what to do
    }
    if (cachedData === undefined || script.cachedDataRejected) missed = true
    compiled.push({ file: filename, key, script })
    const fn = script.runInThisContext({ displayErrors: true })
    return fn.call(this.exports, this.exports, requireFor(this), this, filename, dirname(filename))
  }

  process.once('exit', () => {
    if (!missed) return
    try {
      for (const c of compiled) cache.set(c.file, { key: c.key, data: c.script.createCachedData() })
      writeCache(file, cache)
    } catch {
      // a cache that cannot be written only means the next run compiles again
    }
  })
}

/**
 * Where the command line keeps its code cache: beside the other build caches, one file per Node version.
 * @param {string} root the project folder
 */
export function compileCacheFile(root) {
  return join(root, 'node_modules', '.cache', 'huibao-code-cache', `cli-${process.version}-${process.arch}.bin`)
}

import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

/**
 * The built renderer's files, looked up from a URL path for the web host (http://127.0.0.1) and the
 * desktop app's `app://` scheme alike: a bad percent-encoding is a bad request (400, no detail), and no
 * path — `..`, `%2e%2e`, `%5c`, NUL — reaches outside the folder (404).
 */

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

export type StaticFile =
  | { ok: true; data: Buffer; contentType: string; /** index.html: never cached, carries the CSP */ isPage: boolean }
  | { ok: false; status: 400 | 404 }

/** The file inside `rootDir` that `pathname` (still percent-encoded, as in a URL) names, or why not. */
export function resolveStaticPath(rootDir: string, pathname: string): { ok: true; file: string } | { ok: false; status: 400 | 404 } {
  let relative: string
  try {
    relative = decodeURIComponent(pathname === '/' || pathname === '' ? '/index.html' : pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (relative.includes('\0')) return { ok: false, status: 400 }
  const root = normalize(rootDir)
  const file = normalize(join(root, relative))
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return { ok: false, status: 404 }
  return { ok: true, file }
}

export async function readStaticFile(rootDir: string, pathname: string): Promise<StaticFile> {
  const resolved = resolveStaticPath(rootDir, pathname)
  if (!resolved.ok) return resolved
  let data: Buffer
  try {
    data = await readFile(resolved.file)
  } catch {
    return { ok: false, status: 404 }
  }
  const extension = extname(resolved.file)
  return { ok: true, data, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream', isPage: extension === '.html' }
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { CONTENT_SECURITY_POLICY } from '../../src-shared/content-security-policy'
import type { ApiHandlers } from '../services/api-handlers'
import { readStaticFile } from '../services/static-files'

/** The header that carries the per-run token on every api call. */
export const TOKEN_HEADER = 'x-huibao-token'

interface ApiSide {
  dispatch: typeof import('../services/dispatch').dispatch
  isApiName: typeof import('../services/dispatch').isApiName
  /** Base64 of the largest import, plus room for the JSON around it. */
  maxBodyBytes: number
}

/**
 * The api's contract and dispatch, loaded on the first api call rather than before the host listens: their
 * schemas (zod) are most of what starting the host would otherwise wait for.
 */
let apiSide: Promise<ApiSide> | null = null
function loadApiSide(): Promise<ApiSide> {
  apiSide ??= Promise.all([import('../services/dispatch'), import('../../src-shared/api')]).then(([{ dispatch, isApiName }, { MAX_IMPORT_BYTES }]) => ({
    dispatch,
    isApiName,
    maxBodyBytes: Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024,
  }))
  return apiSide
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
}

export interface WebHostOptions {
  /** The api's handlers; while they are still being set up (the host listens first), api calls wait for them. */
  handlers: ApiHandlers | Promise<ApiHandlers>
  /** The built renderer (out/renderer). */
  staticDir: string
  port?: number
  /** Resolves when the static files are ready (e.g. after a rebuild); requests wait for it. */
  ready?: Promise<void>
  token?: string
}

export interface WebHost {
  server: Server
  url: string
  token: string
  close(): Promise<void>
}

/**
 * Serves the built renderer and the api over HTTP for browser mode and end-to-end tests. Bound to
 * 127.0.0.1 only; every api call needs the per-run token, and a request from another origin, or naming
 * another host (DNS rebinding), is refused.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const expected = Buffer.from(token)
  let origin = ''
  const allowedHosts = new Set<string>()
  /** The page's own origin, under either name of this machine the Host check accepts. */
  const allowedOrigins = new Set<string>()

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('[huibao] web host error:', error)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: '服务出错，请重试。' } })
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (!allowedHosts.has(host)) return sendText(res, 421, 'Misdirected request')
    let url: URL
    try {
      url = new URL(req.url ?? '/', origin)
    } catch {
      return sendText(res, 400, 'Bad request')
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length))
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed')
    // http://localhost:PORT is the same server; send the page to the one origin it prints, so the token
    // and the saved language live in one place.
    if (host !== new URL(origin).host) {
      res.writeHead(302, { ...SECURITY_HEADERS, location: `${origin}${url.pathname}${url.search}` })
      return void res.end()
    }
    await options.ready
    return serveStatic(res, url.pathname)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed')
    const requestOrigin = req.headers.origin
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) {
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: '拒绝来自其他网站的请求。' } })
    }
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''))
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return sendJson(res, 401, { ok: false, error: { code: 'forbidden', message: '访问令牌无效，请使用启动时打印的完整网址打开。' } })
    }
    const { dispatch, isApiName, maxBodyBytes } = await loadApiSide()
    if (!isApiName(name)) return sendJson(res, 404, { ok: false, error: { code: 'not-found', message: `没有这个接口：${name.slice(0, 60)}` } })
    const body = await readBody(req, maxBodyBytes)
    if (body === null) {
      return sendJson(res, 413, { ok: false, error: { code: 'invalid-request', message: '文件太大（超过 50 MB），无法导入。' } })
    }
    let payload: unknown
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-request', message: '请求内容不是有效的 JSON。' } })
    }
    // A client that goes away (closed tab, aborted fetch) cancels its call: an export nobody waits for stops.
    const call = new AbortController()
    res.once('close', () => {
      if (!res.writableFinished) call.abort()
    })
    const result = await dispatch(await options.handlers, name, payload, { signal: call.signal })
    if (!call.signal.aborted) sendJson(res, 200, result)
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const found = await readStaticFile(options.staticDir, pathname)
    if (!found.ok) return sendText(res, found.status, found.status === 400 ? 'Bad request' : 'Not found')
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': found.contentType,
      'cache-control': found.isPage ? 'no-store' : 'max-age=3600',
      ...(found.isPage ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
    })
    res.end(found.data)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  origin = `http://127.0.0.1:${port}`
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`)
  for (const host of allowedHosts) allowedOrigins.add(`http://${host}`)
  return {
    server,
    url: `${origin}/?token=${token}`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
  res.end(text)
}

/** The body, or null when it is larger than `limit` (the rest is drained, not buffered). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) tooLarge = true
    if (!tooLarge) chunks.push(chunk as Buffer)
  }
  return tooLarge ? null : Buffer.concat(chunks)
}

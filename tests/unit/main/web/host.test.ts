import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../../../src-main/web/host'
import { openApp, type OpenedApp } from '../../../../src-main/services/app-context'
import { exportWorkerFor } from '../../../../src-main/services/export-queue/queue'
import { CONTENT_SECURITY_POLICY } from '../../../../src-shared/content-security-policy'

let dir: string
let host: WebHost
let app: OpenedApp

/** A raw request, so tests can set the Host header the way a DNS-rebinding page would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(host.url)
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huibao-host-'))
  await mkdir(join(dir, 'static'))
  await writeFile(join(dir, 'static', 'index.html'), '<!doctype html><title>汇报</title>')
  await writeFile(join(dir, 'secret.txt'), 'outside the static folder')
  app = await openApp({ workspace: join(dir, 'ws'), sampleDir: join(process.cwd(), 'resources', 'sample'), version: 't', mode: 'web', exportWorker: exportWorkerFor(import.meta.url) })
  host = await startWebHost({ handlers: app.handlers, staticDir: join(dir, 'static'), port: 0 })
})
afterAll(async () => {
  await host.close()
  await app.close()
  await rm(dir, { recursive: true, force: true })
})

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = host.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
  })

  it('serves the app, and nothing outside its folder', async () => {
    expect((await send('/')).body).toContain('汇报')
    expect((await send('/../secret.txt')).status).toBe(404)
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404)
  })

  it('answers a bad percent-encoding or a NUL with 400 and no detail, without a token', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%ZZ.js', '/%', '/index.html%00.js']) {
      const response = await send(path)
      expect(response.status, path).toBe(400)
      expect(response.body, path).toBe('Bad request')
    }
  })

  it('sends the page with its Content Security Policy as a header', async () => {
    const page = await send('/')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['cache-control']).toBe('no-store')
  })

  it('treats http://localhost:PORT as itself: the page moves to 127.0.0.1, and api calls from it are accepted', async () => {
    const { port } = new URL(host.url)
    const page = await send(`/?token=${host.token}`, { headers: { host: `localhost:${port}` } })
    expect(page.status).toBe(302)
    expect(page.headers.location).toBe(`http://127.0.0.1:${port}/?token=${host.token}`)
    const api = await send('/api/listLibrary', { method: 'POST', headers: { host: `localhost:${port}`, origin: `http://localhost:${port}`, 'x-huibao-token': host.token }, body: '{}' })
    expect(api.status).toBe(200)
    expect(JSON.parse(api.body)).toMatchObject({ ok: true })
    const elsewhere = await send('/api/listLibrary', { method: 'POST', headers: { origin: 'http://localhost:1', 'x-huibao-token': host.token }, body: '{}' })
    expect(elsewhere.status).toBe(403)
  })

  it('requires the token, the right origin and the right host on api calls', async () => {
    const post = (headers: Record<string, string>) => send('/api/listLibrary', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' })
    expect((await post({})).status).toBe(401)
    // Another last character (a token ending in “x” made this one right once in 64 runs).
    expect((await post({ 'x-huibao-token': host.token.slice(0, -1) + (host.token.endsWith('x') ? 'y' : 'x') })).status).toBe(401)
    expect((await post({ 'x-huibao-token': host.token, origin: 'http://127.0.0.1:1' })).status).toBe(403)
    expect((await post({ 'x-huibao-token': host.token, host: 'attacker.example:80' })).status).toBe(421)
    const ok = await post({ 'x-huibao-token': host.token })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { reports: [expect.objectContaining({ title: '2024年政府工作报告' })] } })
  })

  it('answers bad requests with a Chinese message, not a crash', async () => {
    const headers = { 'x-huibao-token': host.token }
    expect(JSON.parse((await send('/api/listLibrary', { method: 'POST', headers, body: '{oops' })).body).error.message).toContain('JSON')
    expect((await send('/api/nope', { method: 'POST', headers, body: '{}' })).status).toBe(404)
    expect((await send('/api/listLibrary', { method: 'GET', headers })).status).toBe(405)
    const body = JSON.parse((await send('/api/getReport', { method: 'POST', headers, body: '{"id":"r-missing"}' })).body)
    expect(body).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(body.error.message).toMatch(/找不到/)
  })
})

describe('a host whose services are still opening', () => {
  it('serves the page and checks the token at once; api calls wait for the services, then are answered', async () => {
    let open: (handlers: OpenedApp['handlers']) => void = () => {}
    const handlers = new Promise<OpenedApp['handlers']>((resolve) => (open = resolve))
    const early = await startWebHost({ handlers, staticDir: join(dir, 'static'), port: 0 })
    const { port } = new URL(early.url)
    const call = (token: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/listLibrary', method: 'POST', headers: { 'x-huibao-token': token } }, (res) => {
          let body = ''
          res.on('data', (c: Buffer) => (body += c.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        })
        req.on('error', reject)
        req.end('{}')
      })
    try {
      // Nothing here waits for the services: a page, and a refused call.
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('汇报')
      expect((await call('wrong')).status).toBe(401)
      let answered = false
      const pending = call(early.token).then((r) => ((answered = true), r))
      // The refused call above went through the same server, so this one has been read by now; it is still waiting.
      expect((await call('wrong')).status).toBe(401)
      expect(answered).toBe(false)
      open(app.handlers)
      const response = await pending
      expect(response.status).toBe(200)
      expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { reports: [expect.objectContaining({ title: '2024年政府工作报告' })] } })
    } finally {
      await early.close()
    }
  })
})

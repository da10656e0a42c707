import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../../src-shared/content-security-policy'

vi.mock('electron', () => import('../../../mocks/electron'))
const { APP_SCHEME_PRIVILEGES, createAppRequestHandler } = await import('../../../../src-main/desktop/app-protocol')

/** The app:// handler as Electron's protocol.handle would call it, with Node's Request and Response; not Electron itself. */
let dir: string
let handle: (request: Request) => Promise<Response>

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huibao-scheme-'))
  await mkdir(join(dir, 'renderer', 'assets'), { recursive: true })
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>汇报</title>')
  await writeFile(join(dir, 'renderer', 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer folder')
  handle = createAppRequestHandler(join(dir, 'renderer'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('the app:// scheme', () => {
  it('is standard and secure, and bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } })
    const privileges = APP_SCHEME_PRIVILEGES.privileges ?? {}
    expect(privileges.bypassCSP ?? false).toBe(false)
    expect(privileges.allowServiceWorkers ?? false).toBe(false)
    expect(privileges.corsEnabled ?? false).toBe(false)
  })

  it('serves the page with the Content Security Policy as a header, and scripts with their type', async () => {
    const page = await handle(new Request('app://huibao/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await page.text()).toContain('汇报')
    const script = await handle(new Request('app://huibao/assets/index-abc.js'))
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('reaches nothing outside the renderer folder', async () => {
    for (const url of ['app://huibao/../secret.txt', 'app://huibao/%2e%2e/secret.txt', 'app://huibao/..%2fsecret.txt', 'app://huibao/..%5csecret.txt', 'app://huibao/assets/%2e%2e/%2e%2e/secret.txt']) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('outside')
    }
  })

  it('answers a bad encoding with 400, another host with 404, and a write with 405', async () => {
    expect((await handle(new Request('app://huibao/%E0%A4%A'))).status).toBe(400)
    expect((await handle(new Request('app://huibao/index.html%00'))).status).toBe(400)
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404)
    expect((await handle(new Request('app://huibao/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
  })
})

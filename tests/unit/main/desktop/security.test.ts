import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake, app, FakeWebContents } = await import('../../../mocks/electron')
const { hardenWebContents, isAppUrl, isAppWindowUrl, isPermissionAllowed, isTrustedSender, rendererUrl, secureWebPreferences, setupSecurity } = await import(
  '../../../../src-main/desktop/security'
)

const appUrl = rendererUrl(undefined)

beforeEach(() => fake.reset())

describe('where the renderer comes from', () => {
  it('is the app:// scheme, not file://, unless a dev server is given', () => {
    expect(appUrl.href).toBe('app://huibao/index.html')
    expect(rendererUrl('http://localhost:5173/').href).toBe('http://localhost:5173/')
    expect(rendererUrl('').href).toBe('app://huibao/index.html')
  })
})

describe('secure web preferences', () => {
  it('have developer tools only when not packaged', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(false)
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true)
  })

  it('follow Electron’s checklist', () => {
    const prefs = secureWebPreferences('/p.cjs', true)
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'allowpopups']) expect(prefs, risky).not.toHaveProperty(risky)
    expect(prefs).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('navigation and windows', () => {
  function harden() {
    const contents = new FakeWebContents()
    contents.url = `${appUrl.href}#/`
    const opened: string[] = []
    hardenWebContents(contents as never, appUrl, (url) => opened.push(url))
    return { contents, opened }
  }

  it('refuses navigation away from the app page', () => {
    const { contents } = harden()
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'file:///opt/huibao/out/renderer/index.html', 'app://other/index.html', `${appUrl.href.replace('index.html', 'other.html')}`]) {
      const event = { preventDefault: vi.fn() }
      contents.emit('will-navigate', event, url)
      expect(event.preventDefault, url).toHaveBeenCalled()
    }
  })

  it('denies every window.open and opens only the app’s own show views itself', () => {
    const { contents, opened } = harden()
    const handler = contents.windowOpenHandler!
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(handler({ url: `${appUrl.href}#/library` })).toEqual({ action: 'deny' })
    expect(opened).toEqual([])
    expect(handler({ url: `${appUrl.href}#/show/b-1` })).toEqual({ action: 'deny' })
    expect(handler({ url: `${appUrl.href}#/presenter/b-1` })).toEqual({ action: 'deny' })
    expect(opened).toEqual([`${appUrl.href}#/show/b-1`, `${appUrl.href}#/presenter/b-1`])
  })

  it('refuses webviews', () => {
    const { contents } = harden()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event)
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('applies to every web contents created', async () => {
    setupSecurity(appUrl, () => undefined)
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.windowOpenHandler).not.toBeNull()
  })
})

describe('permissions', () => {
  async function handlers() {
    setupSecurity(appUrl, () => undefined)
    await app.whenReady()
    await Promise.resolve()
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn()
      fake.permissionRequestHandler!({ getURL: () => requestingUrl }, permission, callback, { requestingUrl })
      return callback.mock.calls[0]?.[0] as boolean
    }
    return { request, check: (permission: string, origin: string) => fake.permissionCheckHandler!({}, permission, origin, {}) as boolean }
  }

  it('grants full screen to the app’s own page, so the show can fill the projector', async () => {
    const { request, check } = await handlers()
    expect(request('fullscreen', `${appUrl.href}#/show/b-1?role=audience`)).toBe(true)
    expect(check('fullscreen', 'app://huibao')).toBe(true)
  })

  it('refuses full screen to any other page, and every other permission to everyone', async () => {
    const { request, check } = await handlers()
    expect(request('fullscreen', 'https://evil.example/')).toBe(false)
    expect(request('fullscreen', 'file:///opt/huibao/out/renderer/index.html')).toBe(false)
    expect(check('fullscreen', 'https://evil.example')).toBe(false)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock', 'display-capture', 'fileSystem']) {
      expect(request(permission, `${appUrl.href}#/`), permission).toBe(false)
      expect(check(permission, 'app://huibao'), permission).toBe(false)
    }
  })

  it('decides by the permission and the requesting page alone', () => {
    expect(isPermissionAllowed('fullscreen', undefined, appUrl)).toBe(false)
    expect(isPermissionAllowed('fullscreen', 'app://huibao/other.html', appUrl)).toBe(false)
  })
})

describe('trusted senders', () => {
  it('answers only the app’s own top-level frame', () => {
    expect(isTrustedSender({ url: `${appUrl.href}#/`, parent: null } as never, appUrl)).toBe(true)
    expect(isTrustedSender({ url: `${appUrl.href}#/`, parent: {} } as never, appUrl)).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null } as never, appUrl)).toBe(false)
    expect(isTrustedSender(null, appUrl)).toBe(false)
  })

  it('matches the dev server origin exactly', () => {
    const dev = rendererUrl('http://localhost:5173/')
    expect(isAppUrl('http://localhost:5173/#/x', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppWindowUrl('http://localhost:5173/#/show/b', dev)).toBe(true)
    expect(isAppUrl('not a url', dev)).toBe(false)
  })
})

describe('the main process source', () => {
  const files = readdirSync('src-main', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
  const source = files.map((f) => readFileSync(join('src-main', f), 'utf8')).join('\n')

  it('never hands a URL to the system browser (shell.openExternal) and never loads file:// pages', () => {
    expect(files.length).toBeGreaterThan(20)
    expect(source).not.toMatch(/openExternal\s*\(/)
    expect(source).not.toMatch(/loadFile\s*\(|pathToFileURL\s*\(\s*join\([^)]*renderer/)
  })

  it('turns on no experimental or Blink features', () => {
    expect(source).not.toMatch(/experimentalFeatures\s*:\s*true|enableBlinkFeatures|allowpopups/)
  })
})

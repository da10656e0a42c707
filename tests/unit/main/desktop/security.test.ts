import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake, app, FakeWebContents } = await import('../../../mocks/electron')
const { hardenWebContents, isAppUrl, isAppWindowUrl, isTrustedSender, rendererUrl, secureWebPreferences, setupSecurity } = await import('../../../../src-main/desktop/security')

const appUrl = rendererUrl('/opt/huibao/out/renderer/index.html', undefined)

beforeEach(() => fake.reset())

describe('secure web preferences', () => {
  it('follow Electron’s checklist', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
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
    for (const url of ['https://example.com/', 'file:///etc/passwd', `${appUrl.href.replace('index.html', 'other.html')}`]) {
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

  it('applies to every web contents created, and refuses every permission', async () => {
    setupSecurity(appUrl, () => undefined)
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.windowOpenHandler).not.toBeNull()
    await app.whenReady()
    await Promise.resolve()
    const callback = vi.fn()
    fake.permissionRequestHandler!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(fake.permissionCheckHandler!({}, 'notifications')).toBe(false)
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
    const dev = rendererUrl('/x', 'http://localhost:5173/')
    expect(isAppUrl('http://localhost:5173/#/x', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppWindowUrl('http://localhost:5173/#/show/b', dev)).toBe(true)
    expect(isAppUrl('not a url', dev)).toBe(false)
  })
})

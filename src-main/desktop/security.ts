import { app, session, type WebContents, type WebFrameMain, type WebPreferences } from 'electron'
import { pathToFileURL } from 'node:url'

/**
 * Electron's security checklist, written out. Every window the app opens uses these preferences; tests
 * read them from here and from the code that creates windows.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/** Where the renderer is loaded from: the dev server while developing, the built index.html otherwise. */
export function rendererUrl(rendererIndexFile: string, devServerUrl: string | undefined): URL {
  return devServerUrl ? new URL(devServerUrl) : pathToFileURL(rendererIndexFile)
}

/** The views that `window.open` may open: the app's own audience and presenter windows, nothing else. */
export const APP_WINDOW_ROUTES = ['#/show/', '#/presenter/'] as const

/** True when `url` is the app's own page (same origin and path), whatever its hash. */
export function isAppUrl(url: string, appUrl: URL): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === appUrl.protocol && parsed.host === appUrl.host && parsed.pathname === appUrl.pathname
}

export function isAppWindowUrl(url: string, appUrl: URL): boolean {
  if (!isAppUrl(url, appUrl)) return false
  const hash = new URL(url).hash
  return APP_WINDOW_ROUTES.some((route) => hash.startsWith(route))
}

/** IPC is answered only for the app's own top-level frame. */
export function isTrustedSender(frame: WebFrameMain | null | undefined, appUrl: URL): boolean {
  if (!frame || frame.parent !== null) return false
  return isAppUrl(frame.url, appUrl)
}

/** Refuses navigation, foreign windows, webviews and every permission request, for all web contents. */
/** Called with an app view URL a page asked to open, and the page that asked (the presenter). */
export type AppWindowOpener = (url: string, opener: WebContents) => void

export function setupSecurity(appUrl: URL, onAppWindowOpen: AppWindowOpener): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl, onAppWindowOpen))
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
  }, () => undefined)
}

export function hardenWebContents(contents: WebContents, appUrl: URL, onAppWindowOpen: AppWindowOpener): void {
  contents.on('will-navigate', (event, url) => {
    // In-page hash changes do not fire will-navigate; anything else leaves the app.
    if (!isAppUrl(url, appUrl) || url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // The app opens its own show windows itself, with secure preferences, on the right display.
    if (isAppWindowUrl(url, appUrl)) onAppWindowOpen(url, contents)
    return { action: 'deny' }
  })
}

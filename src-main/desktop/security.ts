import { app, session, type WebContents, type WebFrameMain, type WebPreferences } from 'electron'
import { APP_ENTRY_URL } from './app-protocol'

/**
 * Electron's security checklist, written out. Every window the app opens uses these preferences; tests
 * read them from here and from the code that creates windows. Developer tools exist only in development:
 * a packaged app (`app.isPackaged`) has none.
 */
export function secureWebPreferences(preload: string, packaged: boolean): WebPreferences {
  return {
    preload,
    devTools: !packaged,
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

/** Where the renderer is loaded from: the dev server while developing, the app:// scheme otherwise. */
export function rendererUrl(devServerUrl: string | undefined): URL {
  return new URL(devServerUrl || APP_ENTRY_URL)
}

/** The views that `window.open` may open: the app's own audience and presenter windows, nothing else. */
export const APP_WINDOW_ROUTES = ['#/show/', '#/presenter/'] as const

/** `app://huibao` or `http://localhost:5173`: Node gives a custom scheme's URL the origin "null". */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`
}

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

/** The one permission the app uses: the show going full-screen (`requestFullscreen()`). */
export const ALLOWED_PERMISSIONS: readonly string[] = ['fullscreen']

/** A permission request is granted only for `fullscreen`, and only to the app's own page. */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, appUrl: URL): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl, appUrl)
}

/** Called with an app view URL a page asked to open, and the page that asked (the presenter). */
export type AppWindowOpener = (url: string, opener: WebContents) => void

/** Refuses navigation, foreign windows, webviews and every permission but the show's full screen, for all web contents. */
export function setupSecurity(appUrl: URL, onAppWindowOpen: AppWindowOpener): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl, onAppWindowOpen))
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
      callback(isPermissionAllowed(permission, details?.requestingUrl ?? contents?.getURL(), appUrl)),
    )
    session.defaultSession.setPermissionCheckHandler(
      (_contents, permission, requestingOrigin) => ALLOWED_PERMISSIONS.includes(permission) && requestingOrigin === originOf(appUrl),
    )
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

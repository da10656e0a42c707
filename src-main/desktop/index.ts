import { app, BrowserWindow, dialog, ipcMain, screen } from 'electron'
import { join } from 'node:path'
import { openApp } from '../services/app-context'
import { registerAppScheme, serveAppScheme } from './app-protocol'
import { exportWorkerFor } from '../services/export-queue/queue'
import { resolveWorkspace } from '../services/workspace-location'
import { setupIpc } from './ipc'
import { createDesktopShell } from './desktop-shell'
import { setupMenu } from './menu'
import { createPresentationWindows } from './presentation-windows'
import { isTrustedSender, rendererUrl, setupSecurity } from './security'
import { createAppViewWindow, createMainWindow, type WindowPaths } from './windows'

/**
 * The composition root: security first (the app:// scheme is registered before the app is ready),
 * handlers before the first window, one window per instance.
 */

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  const resources = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
  const paths: WindowPaths = {
    preload: join(import.meta.dirname, '../preload/preload.cjs'),
    appUrl: rendererUrl(process.env.ELECTRON_RENDERER_URL),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  }
  let mainWindow: BrowserWindow | null = null

  const presentation = createPresentationWindows({
    screen,
    createWindow: (url, bounds, fullscreen) => createAppViewWindow(url, paths, { ...bounds, fullscreen }),
    windowOf: (contents) => BrowserWindow.fromWebContents(contents),
  })
  setupSecurity(paths.appUrl, (url, opener) => presentation.open(url, opener))

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(async () => {
      serveAppScheme(join(import.meta.dirname, '../renderer'))
      const workspace = resolveWorkspace(process.argv, process.env, join(app.getPath('userData'), 'workspace'))
      const shell = createDesktopShell(() => mainWindow, app.getPath('documents'))
      const opened = await openApp({ workspace, sampleDir: join(resources, 'sample'), version: app.getVersion(), mode: 'desktop', shell, presentation, exportWorker: exportWorkerFor(import.meta.url) })
      const { handlers } = opened
      // Quitting leaves the workspace, cancels waiting exports and gives a running one a few seconds.
      app.on('will-quit', () => void opened.close())
      setupIpc(ipcMain, handlers, (event) => isTrustedSender(event.senderFrame, paths.appUrl))
      setupMenu(() => mainWindow)
      mainWindow = createMainWindow(paths)
      mainWindow.on('closed', () => (mainWindow = null))
      app.on('activate', () => {
        if (!mainWindow) mainWindow = createMainWindow(paths)
      })
    })
    .catch((error: unknown) => {
      console.error('[huibao] failed to start:', error)
      // Say why, in Chinese, rather than vanish: usually the workspace folder cannot be written.
      const reason = error instanceof Error ? error.message : String(error)
      dialog.showErrorBox('汇报无法启动', `无法打开工作区或启动程序：${reason}\n\n请检查工作区文件夹是否存在并可写，然后重新打开汇报。`)
      app.exit(1)
    })
}

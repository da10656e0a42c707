import { app, BrowserWindow, dialog, screen, type BrowserWindowConstructorOptions } from 'electron'
import { DEFAULT_WINDOW_SIZE, loadWindowState, saveWindowState } from './window-state'
import { secureWebPreferences } from './security'
import { UI_COLORS } from '../../src-shared/slides/themes/ui'

export interface WindowPaths {
  preload: string
  appUrl: URL
  stateFile: string
  icon?: string
}

/** The main (editor) window: remembers its size and position, and shows once painted to avoid a white flash. */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const state = loadWindowState(
    paths.stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const win = new BrowserWindow({
    ...(state ? { x: state.x, y: state.y, width: state.width, height: state.height } : DEFAULT_WINDOW_SIZE),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '汇报',
    backgroundColor: UI_COLORS.white,
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: secureWebPreferences(paths.preload, app.isPackaged),
  })
  if (state?.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  confirmBeforeDiscarding(win)

  let timer: NodeJS.Timeout | undefined
  const remember = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return
      const bounds = win.getNormalBounds()
      void saveWindowState(paths.stateFile, { ...bounds, maximized: win.isMaximized() }).catch(() => undefined)
    }, 400)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', remember)
  win.on('close', () => {
    clearTimeout(timer)
    if (win.isMinimized() || win.isFullScreen()) return
    void saveWindowState(paths.stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(() => undefined)
  })

  void win.loadURL(paths.appUrl.href)
  return win
}

/** Opens one of the app's own views (audience or presenter) in a new secure window; `place` sets bounds and full-screen. */
export function createAppViewWindow(url: string, paths: WindowPaths, place: Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height' | 'fullscreen'> = {}): BrowserWindow {
  const win = new BrowserWindow({
    ...DEFAULT_WINDOW_SIZE,
    ...place,
    show: false,
    title: '汇报 · 放映',
    backgroundColor: UI_COLORS.black,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(paths.preload, app.isPackaged),
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(url)
  return win
}

/**
 * A page with unsaved edits cancels its unload (`beforeunload`); Electron then does nothing, silently. Ask
 * the person instead, as a browser would, and close only when they choose to discard.
 */
export function confirmBeforeDiscarding(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: '汇报',
      message: '还有修改没有保存成功。',
      detail: '现在关闭会丢失这些修改。建议先留下，等状态栏显示“已保存”后再关闭。',
      buttons: ['留下', '不保存，关闭'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    })
    if (choice === 1) event.preventDefault()
  })
}

import { EventEmitter } from 'node:events'

/**
 * A fake of the parts of Electron the glue uses. It records what the glue asks for (window options,
 * handlers, permission policies) so unit tests can check it. It is not Electron and proves nothing about
 * the app running in Electron; tests/e2e/electron.spec.ts does that where the binary exists.
 */

type Listener = (...args: unknown[]) => unknown

export class FakeWebContents extends EventEmitter {
  url = ''
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  sent: unknown[][] = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  getURL(): string {
    return this.url
  }
  send(...args: unknown[]): void {
    this.sent.push(args)
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = []
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null
  }
  webContents = new FakeWebContents()
  loadedUrl = ''
  maximized = false
  destroyed = false
  fullScreen = false
  bounds: { x: number; y: number; width: number; height: number }
  constructor(readonly options: Record<string, unknown>) {
    super()
    const o = options as { x?: number; y?: number; width?: number; height?: number; fullscreen?: boolean }
    this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 }
    this.fullScreen = o.fullscreen === true
    BrowserWindow.instances.push(this)
    fake.events.push('window-created')
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = { ...bounds }
  }
  getBounds() {
    return { ...this.bounds }
  }
  /** Like Electron on Windows and Linux: the change and its event happen at once. */
  setFullScreen(on: boolean): void {
    if (this.fullScreen === on) return
    this.fullScreen = on
    this.emit(on ? 'enter-full-screen' : 'leave-full-screen')
  }
  close(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.emit('closed')
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    this.webContents.url = url
    return Promise.resolve()
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return false
  }
  isFullScreen(): boolean {
    return this.fullScreen
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  getNormalBounds() {
    const o = this.options as { x?: number; y?: number; width: number; height: number }
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width, height: o.height }
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
}

class FakeApp extends EventEmitter {
  isPackaged = false
  singleInstance = true
  readyPromise: Promise<void> = Promise.resolve()
  requestSingleInstanceLock(): boolean {
    fake.events.push('single-instance-lock')
    return this.singleInstance
  }
  /** Records “ready” when it resolves, so tests can tell what the glue did before the app was ready. */
  whenReady(): Promise<void> {
    return this.readyPromise.then(() => {
      if (!fake.events.includes('ready')) fake.events.push('ready')
    })
  }
  getPath(name: string): string {
    return `${fake.userData}/${name === 'userData' ? '' : name}`.replace(/\/$/, '')
  }
  getAppPath(): string {
    return process.cwd()
  }
  getVersion(): string {
    return '0.0.0-test'
  }
  quit(): void {
    fake.events.push('quit')
  }
  exit(code: number): void {
    fake.events.push(`exit:${code}`)
  }
}

export const fake = {
  events: [] as string[],
  userData: '/tmp/huibao-fake-user-data',
  handlers: new Map<string, Listener>(),
  permissionRequestHandler: null as null | Listener,
  permissionCheckHandler: null as null | Listener,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  rendererListeners: new Map<string, Listener[]>(),
  menuTemplate: null as unknown,
  saveDialogs: [] as unknown[][],
  messageBoxes: [] as unknown[][],
  shown: [] as string[],
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
  reset(): void {
    this.events = []
    this.handlers.clear()
    this.permissionRequestHandler = null
    this.permissionCheckHandler = null
    this.privilegedSchemes = []
    this.protocolHandlers.clear()
    app.isPackaged = false
    this.exposed.clear()
    this.invoked = []
    this.rendererListeners.clear()
    this.menuTemplate = null
    this.saveDialogs = []
    this.messageBoxes = []
    this.shown = []
    BrowserWindow.instances = []
    this.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }]
    screen.removeAllListeners()
    app.removeAllListeners()
    app.singleInstance = true
  },
}

export const app = new FakeApp()

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    fake.handlers.set(channel, listener)
    fake.events.push(`handle:${channel}`)
  },
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Listener): void {
      fake.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: Listener): void {
      fake.permissionCheckHandler = handler
    },
  },
}

/** Records the custom schemes and their handlers, in the order the glue registers them. */
export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    fake.privilegedSchemes.push(...schemes)
    fake.events.push('register-schemes')
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    fake.protocolHandlers.set(scheme, handler)
    fake.events.push(`protocol-handle:${scheme}`)
  },
}

/** Displays come from `fake.displays` (the first is primary, the laptop); emit 'display-added'/'display-removed' to simulate a projector. */
class FakeScreen extends EventEmitter {
  getAllDisplays() {
    return fake.displays
  }
  getPrimaryDisplay() {
    return fake.displays[0]
  }
}
export const screen = new FakeScreen()

export const Menu = {
  buildFromTemplate(template: unknown) {
    fake.menuTemplate = template
    return { template }
  },
  setApplicationMenu(): void {
    fake.events.push('menu-set')
  },
}

export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown): void {
    fake.exposed.set(key, value)
  },
}

export const ipcRenderer = {
  invoke(...args: unknown[]): Promise<unknown> {
    fake.invoked.push(args)
    return Promise.resolve({ ok: true, value: null })
  },
  on(channel: string, listener: Listener): void {
    fake.rendererListeners.set(channel, [...(fake.rendererListeners.get(channel) ?? []), listener])
  },
  removeListener(channel: string, listener: Listener): void {
    fake.rendererListeners.set(channel, (fake.rendererListeners.get(channel) ?? []).filter((l) => l !== listener))
  },
}

export const dialog = {
  nextSavePath: null as string | null,
  showErrorBox(title: string, content: string): void {
    fake.events.push(`error-box:${title}:${content}`)
  },
  nextMessageBoxChoice: 0,
  showMessageBoxSync(...args: unknown[]): number {
    fake.events.push('message-box')
    fake.messageBoxes.push(args)
    return dialog.nextMessageBoxChoice
  },
  async showSaveDialog(...args: unknown[]) {
    fake.events.push('save-dialog')
    fake.saveDialogs.push(args)
    return { canceled: dialog.nextSavePath === null, filePath: dialog.nextSavePath ?? undefined }
  },
}

export const shell = {
  showItemInFolder(path: string): void {
    fake.shown.push(path)
  },
  openExternal(url: string): Promise<void> {
    fake.events.push(`open-external:${url}`)
    return Promise.resolve()
  },
}

export default { app, dialog, shell, BrowserWindow, ipcMain, session, protocol, screen, Menu, contextBridge, ipcRenderer }

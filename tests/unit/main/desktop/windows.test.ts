import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake, BrowserWindow } = await import('../../../mocks/electron')
const { createMainWindow, createAppViewWindow } = await import('../../../../src-main/desktop/windows')
const { fitsOnADisplay } = await import('../../../../src-main/desktop/window-state')

let dir: string
const appUrl = new URL('app://huibao/index.html')

beforeEach(async () => {
  fake.reset()
  dir = await mkdtemp(join(tmpdir(), 'huibao-win-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

describe('main window', () => {
  it('is created with the secure preferences and loads the app', () => {
    const win = createMainWindow({ preload: '/p.cjs', appUrl, stateFile: join(dir, 'state.json') }) as unknown as InstanceType<typeof BrowserWindow>
    const prefs = win.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/p.cjs' })
    expect(win.loadedUrl).toBe(appUrl.href)
  })

  it('reopens where it was left, maximised if it was', async () => {
    const stateFile = join(dir, 'state.json')
    await writeFile(stateFile, JSON.stringify({ x: 100, y: 80, width: 1200, height: 800, maximized: true }))
    const win = createMainWindow({ preload: '/p.cjs', appUrl, stateFile }) as unknown as InstanceType<typeof BrowserWindow>
    expect(win.options).toMatchObject({ x: 100, y: 80, width: 1200, height: 800 })
    expect(win.maximized).toBe(true)
  })

  it('ignores remembered bounds that fall off every display (a projector unplugged) or a damaged file', async () => {
    const stateFile = join(dir, 'state.json')
    await writeFile(stateFile, JSON.stringify({ x: 3000, y: 80, width: 1200, height: 800 }))
    expect((createMainWindow({ preload: '/p.cjs', appUrl, stateFile }) as unknown as { options: { x?: number } }).options.x).toBeUndefined()
    await writeFile(stateFile, '{not json')
    expect((createMainWindow({ preload: '/p.cjs', appUrl, stateFile }) as unknown as { options: { width: number } }).options.width).toBe(1440)
  })

  it('remembers its bounds when closed', async () => {
    const stateFile = join(dir, 'state.json')
    const win = createMainWindow({ preload: '/p.cjs', appUrl, stateFile }) as unknown as InstanceType<typeof BrowserWindow>
    win.emit('close')
    await vi.waitFor(async () => expect(JSON.parse(await readFile(stateFile, 'utf8'))).toMatchObject({ width: 1440, height: 900, maximized: false }))
  })

  it('asks before a close discards unsaved edits, and closes only when the person chooses to', async () => {
    const { dialog } = await import('../../../mocks/electron')
    const win = createMainWindow({ preload: '/p.cjs', appUrl, stateFile: join(dir, 'state.json') }) as unknown as InstanceType<typeof BrowserWindow>
    const stay = { preventDefault: vi.fn() }
    dialog.nextMessageBoxChoice = 0
    win.webContents.emit('will-prevent-unload', stay)
    expect(stay.preventDefault).not.toHaveBeenCalled()
    const discard = { preventDefault: vi.fn() }
    dialog.nextMessageBoxChoice = 1
    win.webContents.emit('will-prevent-unload', discard)
    expect(discard.preventDefault).toHaveBeenCalled()
    expect(fake.messageBoxes).toHaveLength(2)
    expect(JSON.stringify(fake.messageBoxes[0])).toContain('没有保存')
  })

  it('has developer tools in development only, never in the packaged app', async () => {
    const { app } = await import('../../../mocks/electron')
    const dev = createMainWindow({ preload: '/p.cjs', appUrl, stateFile: join(dir, 'state.json') }) as unknown as InstanceType<typeof BrowserWindow>
    expect((dev.options.webPreferences as Record<string, unknown>).devTools).toBe(true)
    app.isPackaged = true
    const packaged = createMainWindow({ preload: '/p.cjs', appUrl, stateFile: join(dir, 'state.json') }) as unknown as InstanceType<typeof BrowserWindow>
    expect((packaged.options.webPreferences as Record<string, unknown>).devTools).toBe(false)
    const show = createAppViewWindow(`${appUrl.href}#/show/b-1`, { preload: '/p.cjs', appUrl, stateFile: join(dir, 's.json') }) as unknown as InstanceType<typeof BrowserWindow>
    expect((show.options.webPreferences as Record<string, unknown>).devTools).toBe(false)
  })

  it('opens show windows with the same secure preferences', () => {
    const win = createAppViewWindow(`${appUrl.href}#/show/b-1`, { preload: '/p.cjs', appUrl, stateFile: join(dir, 's.json') }) as unknown as InstanceType<typeof BrowserWindow>
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
  })
})

describe('fitsOnADisplay', () => {
  const areas = [
    { x: 0, y: 0, width: 1920, height: 1040 },
    { x: 1920, y: 0, width: 1280, height: 720 },
  ]
  it('accepts bounds on either display and refuses bounds off both', () => {
    expect(fitsOnADisplay({ x: 10, y: 10, width: 800, height: 600 }, areas)).toBe(true)
    expect(fitsOnADisplay({ x: 2000, y: 10, width: 800, height: 600 }, areas)).toBe(true)
    expect(fitsOnADisplay({ x: 3300, y: 10, width: 800, height: 600 }, areas)).toBe(false)
    expect(fitsOnADisplay({ x: 10, y: -500, width: 800, height: 400 }, areas)).toBe(false)
  })
})

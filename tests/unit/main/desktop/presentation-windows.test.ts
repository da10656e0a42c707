import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake, screen, BrowserWindow } = await import('../../../mocks/electron')
const { createPresentationWindows, planDisplays, rehearsalBounds, isAudienceUrl } = await import('../../../../src-main/desktop/presentation-windows')
const { createAppViewWindow } = await import('../../../../src-main/desktop/windows')
type FakeWindow = InstanceType<typeof BrowserWindow>

const appUrl = new URL('file:///opt/huibao/out/renderer/index.html')
const paths = { preload: '/p.cjs', appUrl, stateFile: '/tmp/huibao-unused-state.json' }
const audienceUrl = `${appUrl.href}#/show/b-1?role=audience`
const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }
const projector = { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 720 }, bounds: { x: 1920, y: 0, width: 1280, height: 720 } }

function setup() {
  const presenter = new BrowserWindow({ width: 1440, height: 900 })
  const windows = createPresentationWindows({
    screen: screen as never,
    createWindow: (url, bounds, fullscreen) => createAppViewWindow(url, paths, { ...bounds, fullscreen }),
    windowOf: (contents) => BrowserWindow.fromWebContents(contents) as never,
  })
  return { presenter, windows }
}

beforeEach(() => fake.reset())

describe('planDisplays', () => {
  it('puts the audience on the external display and the presenter on the laptop; swapped reverses', () => {
    expect(planDisplays([laptop, projector] as never, laptop as never, false)).toMatchObject({ audience: { id: 2 }, presenter: { id: 1 }, rehearsal: false })
    expect(planDisplays([laptop, projector] as never, laptop as never, true)).toMatchObject({ audience: { id: 1 }, presenter: { id: 2 }, rehearsal: false })
    expect(planDisplays([laptop] as never, laptop as never, false)).toMatchObject({ audience: { id: 1 }, rehearsal: true })
  })
  it('knows the audience URL and sizes a rehearsal window inside the work area', () => {
    expect(isAudienceUrl(audienceUrl)).toBe(true)
    expect(isAudienceUrl(`${appUrl.href}#/presenter/b-1`)).toBe(false)
    const r = rehearsalBounds(laptop.workArea)
    expect(r.width / r.height).toBeCloseTo(16 / 9, 1)
    expect(r.x).toBeGreaterThanOrEqual(0)
    expect(r.x + r.width).toBeLessThanOrEqual(1920)
  })
})

describe('presentation windows with a mocked screen', () => {
  it('one display: rehearsal, the audience view in a window, and swap refuses', () => {
    const { presenter, windows } = setup()
    const audience = windows.open(audienceUrl, presenter.webContents as never) as unknown as FakeWindow
    expect(audience.loadedUrl).toBe(audienceUrl)
    expect(audience.fullScreen).toBe(false)
    expect(audience.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } })
    expect(audience.bounds.width).toBeLessThan(1920)
    expect(windows.plan()?.rehearsal).toBe(true)
    expect(windows.swap()).toBe(false)
  })

  it('two displays: the audience full-screen on the projector, the presenter on the laptop; swap moves both, twice restores', () => {
    fake.displays = [laptop, projector]
    const { presenter, windows } = setup()
    const audience = windows.open(audienceUrl, presenter.webContents as never) as unknown as FakeWindow
    expect(audience.fullScreen).toBe(true)
    expect(audience.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true })
    expect(presenter.bounds).toEqual(laptop.workArea)

    expect(windows.swap()).toBe(true)
    expect(audience.bounds).toEqual(laptop.bounds)
    expect(audience.fullScreen).toBe(true)
    expect(presenter.bounds).toEqual(projector.workArea)
    expect(presenter.maximized).toBe(true)

    expect(windows.swap()).toBe(true)
    expect(audience.bounds).toEqual(projector.bounds)
    expect(presenter.bounds).toEqual(laptop.workArea)
  })

  it('follows a projector plugged in and out during the show', () => {
    const { presenter, windows } = setup()
    const audience = windows.open(audienceUrl, presenter.webContents as never) as unknown as FakeWindow
    expect(audience.fullScreen).toBe(false)
    fake.displays = [laptop, projector]
    screen.emit('display-added')
    expect(audience.fullScreen).toBe(true)
    expect(audience.bounds).toEqual(projector.bounds)
    fake.displays = [laptop]
    screen.emit('display-removed')
    expect(audience.fullScreen).toBe(false)
    expect(audience.bounds.x + audience.bounds.width).toBeLessThanOrEqual(1920)
  })

  it('a new show replaces the old audience window; other app views open as plain windows', () => {
    const { presenter, windows } = setup()
    const first = windows.open(audienceUrl, presenter.webContents as never) as unknown as FakeWindow
    const second = windows.open(audienceUrl, presenter.webContents as never) as unknown as FakeWindow
    expect(first.destroyed).toBe(true)
    expect(second.destroyed).toBe(false)
    second.close()
    expect(windows.plan()).toBeNull()
    expect(windows.swap()).toBe(false)
    const other = windows.open(`${appUrl.href}#/presenter/b-1`, null) as unknown as FakeWindow
    expect(other.fullScreen).toBe(false)
  })
})

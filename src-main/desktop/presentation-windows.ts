import type { BrowserWindow, Display, Rectangle, Screen, WebContents } from 'electron'

/**
 * Where the show's windows go. The laptop is the primary display: the presenter view stays there and
 * the audience window opens full-screen on the external display (the projector). “交换显示器” swaps
 * them. With one display it is a rehearsal: the audience view opens in an ordinary window.
 *
 * The main process opens the audience window itself when the presenter view calls
 * `window.open('#/show/<id>?role=audience')` (security.ts denies the open and hands us the URL).
 * Nothing here touches `screen` before the first show, so it can be set up before the app is ready.
 */

export interface DisplayPlan {
  audience: Display
  presenter: Display
  /** One display only: the audience view is a window, not full-screen. */
  rehearsal: boolean
}

/** The laptop (primary) keeps the presenter; the audience goes to the first other display, unless swapped. */
export function planDisplays(displays: readonly Display[], primary: Display, swapped: boolean): DisplayPlan {
  const external = displays.find((d) => d.id !== primary.id)
  if (!external) return { audience: primary, presenter: primary, rehearsal: true }
  return swapped ? { audience: primary, presenter: external, rehearsal: false } : { audience: external, presenter: primary, rehearsal: false }
}

/** A rehearsal window: two thirds of the work area, centred, so the editor stays reachable. */
export function rehearsalBounds(area: Rectangle): Rectangle {
  const width = Math.round((area.width * 2) / 3)
  const height = Math.round((width * 9) / 16)
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }
}

/** True for the audience view's URL (`…#/show/<id>…`); the presenter view and others open normally. */
export function isAudienceUrl(url: string): boolean {
  try {
    return new URL(url).hash.startsWith('#/show/')
  } catch {
    return false
  }
}

export interface PresentationDeps {
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on'>
  /** Opens one of the app's views in a secure window with these bounds. */
  createWindow: (url: string, bounds: Rectangle | null, fullscreen: boolean) => BrowserWindow
  /** The window a page lives in (the presenter view that asked for the audience). */
  windowOf: (contents: WebContents) => BrowserWindow | null
}

export interface PresentationWindows {
  /** Opens an app view URL; the audience view goes to its display. */
  open(url: string, opener: WebContents | null): BrowserWindow
  /** Swaps the audience and presenter displays; false with one display or no show running. */
  swap(): boolean
  /** The current plan, or null when no audience window is open. */
  plan(): DisplayPlan | null
}

export function createPresentationWindows(deps: PresentationDeps): PresentationWindows {
  let audience: BrowserWindow | null = null
  let presenter: BrowserWindow | null = null
  let swapped = false
  let listening = false

  const alive = (w: BrowserWindow | null): BrowserWindow | null => (w && !w.isDestroyed() ? w : null)
  const currentPlan = (): DisplayPlan => planDisplays(deps.screen.getAllDisplays(), deps.screen.getPrimaryDisplay(), swapped)

  /** Leaves full-screen first (asynchronous on macOS), then moves, then goes full-screen on the new display. */
  function moveTo(win: BrowserWindow, bounds: Rectangle, fullscreen: boolean, maximize = false): void {
    const move = () => {
      win.setBounds(bounds)
      if (fullscreen) win.setFullScreen(true)
      else if (maximize) win.maximize()
    }
    if (win.isFullScreen()) {
      win.once('leave-full-screen', move)
      win.setFullScreen(false)
    } else move()
  }

  function place(): DisplayPlan | null {
    const a = alive(audience)
    if (!a) return null
    const plan = currentPlan()
    if (plan.rehearsal) {
      moveTo(a, rehearsalBounds(plan.audience.workArea), false)
      return plan
    }
    moveTo(a, plan.audience.bounds, true)
    const p = alive(presenter)
    if (p) moveTo(p, plan.presenter.workArea, false, true)
    return plan
  }

  function listen(): void {
    if (listening) return
    listening = true
    // A projector plugged in or out mid-show: re-place the windows (one display → rehearsal).
    deps.screen.on('display-added', () => void place())
    deps.screen.on('display-removed', () => {
      if (deps.screen.getAllDisplays().length < 2) swapped = false
      place()
    })
  }

  return {
    open(url, opener) {
      if (!isAudienceUrl(url)) return deps.createWindow(url, null, false)
      listen()
      alive(audience)?.close()
      swapped = false
      presenter = opener ? deps.windowOf(opener) : null
      const plan = currentPlan()
      const bounds = plan.rehearsal ? rehearsalBounds(plan.audience.workArea) : plan.audience.bounds
      const win = deps.createWindow(url, bounds, !plan.rehearsal)
      audience = win
      win.on('closed', () => {
        if (audience === win) audience = null
      })
      const p = alive(presenter)
      if (p && !plan.rehearsal) moveTo(p, plan.presenter.workArea, false, true)
      return win
    },
    swap() {
      if (!alive(audience) || deps.screen.getAllDisplays().length < 2) return false
      swapped = !swapped
      place()
      return true
    },
    plan() {
      return alive(audience) ? currentPlan() : null
    },
  }
}

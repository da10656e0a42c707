import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from '../services/atomic-write'

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof WindowStateSchema>

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 }

/**
 * Reads the remembered window bounds. A missing or damaged file, or bounds that no longer fall on any
 * display (a projector unplugged since), give the default size centred by Electron.
 */
export function loadWindowState(file: string, workAreas: Rect[]): WindowState | null {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
  const parsed = WindowStateSchema.safeParse(raw)
  if (!parsed.success) return null
  return fitsOnADisplay(parsed.data, workAreas) ? parsed.data : null
}

/** True when at least a 100×50 corner of the title bar area is visible on some display. */
export function fitsOnADisplay(bounds: Rect, workAreas: Rect[]): boolean {
  return workAreas.some((area) => {
    const left = Math.max(bounds.x, area.x)
    const right = Math.min(bounds.x + bounds.width, area.x + area.width)
    const top = Math.max(bounds.y, area.y)
    const bottom = Math.min(bounds.y + 50, area.y + area.height)
    return right - left >= 100 && bottom - top >= 30
  })
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state))
}

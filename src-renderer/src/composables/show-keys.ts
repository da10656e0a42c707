import type { Hotkey } from './hotkeys'

/**
 * PowerPoint's slide-show keys as one table. The audience view, the presenter view and the `?` help
 * overlay all read it; each view decides what a key does by handling the `ShowKeyAction` it gets
 * (apply it, or forward it to the presenter). Number + Enter is kept here: digits collect, Enter jumps.
 */
export type ShowKeyAction =
  | { kind: 'next' | 'prev' | 'first' | 'from-current' | 'last' | 'black' | 'white' | 'overview' | 'help' | 'escape' | 'presenter' }
  | { kind: 'goto'; slideNumber: number }

export type ShowKeyKind = Exclude<ShowKeyAction['kind'], 'goto'>

export interface ShowKeyRow {
  id: string
  keys: readonly string[]
  /** i18n key of the action, shown in the help overlay. */
  label: string
  /** Extra (non-key) ways, e.g. “鼠标单击、滚轮向下”, as an i18n key. */
  pointer?: string
}

/** The rows, in help order. `keys` use the dispatcher's combo syntax (`Shift+F5`, ` ` is Space). */
export const SHOW_KEY_ROWS: readonly (ShowKeyRow & { action: ShowKeyKind })[] = [
  { id: 'start', keys: ['F5'], action: 'first', label: 'show.keys.start' },
  { id: 'from-current', keys: ['Shift+F5'], action: 'from-current', label: 'show.keys.fromCurrent' },
  { id: 'presenter', keys: ['Alt+F5'], action: 'presenter', label: 'show.keys.presenter' },
  { id: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'N'], action: 'next', label: 'show.keys.next', pointer: 'show.keys.nextPointer' },
  { id: 'prev', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'P'], action: 'prev', label: 'show.keys.prev', pointer: 'show.keys.prevPointer' },
  { id: 'first', keys: ['Home'], action: 'first', label: 'show.keys.first' },
  { id: 'last', keys: ['End'], action: 'last', label: 'show.keys.last' },
  { id: 'black', keys: ['B', '.'], action: 'black', label: 'show.keys.black' },
  { id: 'white', keys: ['W', ','], action: 'white', label: 'show.keys.white' },
  { id: 'overview', keys: ['G'], action: 'overview', label: 'show.keys.overview' },
  { id: 'help', keys: ['Shift+?', '?', 'F1'], action: 'help', label: 'show.keys.help' },
  { id: 'end', keys: ['Escape'], action: 'escape', label: 'show.keys.end' },
]

/** The number + Enter row, for the help overlay (digits are handled by the table below). */
export const GOTO_ROW: ShowKeyRow = { id: 'goto', keys: ['Digits+Enter'], label: 'show.keys.goto' }

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

/**
 * The hotkey table for a show view. `run` receives each action; the digits typed before Enter become
 * `{ kind: 'goto', slideNumber }` (1-based, as the presenter reads it on the slide).
 */
export function showHotkeys(run: (action: ShowKeyAction, key: string) => void): Hotkey[] {
  let digits = ''
  const rows: Hotkey[] = SHOW_KEY_ROWS.map((row) => ({
    id: row.id,
    keys: row.keys,
    scope: 'editor' as const,
    label: row.label,
    run: (event: KeyboardEvent) => {
      if (row.action === 'next' && event.key === 'Enter' && digits) {
        const slideNumber = Number(digits)
        digits = ''
        run({ kind: 'goto', slideNumber }, event.key)
        return
      }
      digits = ''
      run({ kind: row.action }, event.key)
    },
  }))
  const digitRow: Hotkey = {
    id: 'digit',
    keys: DIGITS,
    scope: 'editor',
    label: GOTO_ROW.label,
    run: (event) => {
      digits = (digits + event.key).slice(-4)
    },
  }
  return [digitRow, ...rows]
}

/** The rows the help overlay lists, in order: the same table, with number + Enter after End. */
export function helpRows(): ShowKeyRow[] {
  const rows: ShowKeyRow[] = SHOW_KEY_ROWS.map(({ id, keys, label, pointer }) => ({ id, keys, label, ...(pointer ? { pointer } : {}) }))
  rows.splice(rows.findIndex((r) => r.id === 'last') + 1, 0, GOTO_ROW)
  return rows
}

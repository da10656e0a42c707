import type { Hotkey } from './hotkeys'

/** One row of the editor's key table. */
interface EditorKeyRow {
  id: string
  keys: readonly string[]
  /** 'editor': outside text fields; 'text': also while typing. */
  scope: Hotkey['scope']
  /** i18n key of what the key does, for the shortcut overlay and tooltips. */
  label: string
  /**
   * Keys the page's clipboard events carry out rather than the key dispatcher (so Ctrl+C in a text field
   * still copies the text, and the desktop menu's 复制 copies a slide): listed here for the help only.
   */
  clipboard?: 'copy' | 'cut' | 'paste'
}

/**
 * The editor's keyboard shortcuts as one table: the dispatcher (`editorHotkeys`), the F1 overlay and the
 * toolbar's tooltips all read it, so the help can never drift from the real keys. Keys follow PowerPoint.
 */
export const EDITOR_KEY_ROWS = [
  { id: 'undo', keys: ['Mod+Z'], scope: 'text', label: 'shortcuts.editor.undo' },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], scope: 'text', label: 'shortcuts.editor.redo' },
  { id: 'prev', keys: ['ArrowUp', 'PageUp'], scope: 'editor', label: 'shortcuts.editor.prev' },
  { id: 'next', keys: ['ArrowDown', 'PageDown'], scope: 'editor', label: 'shortcuts.editor.next' },
  { id: 'first', keys: ['Home'], scope: 'editor', label: 'shortcuts.editor.first' },
  { id: 'last', keys: ['End'], scope: 'editor', label: 'shortcuts.editor.last' },
  { id: 'move-up', keys: ['Alt+ArrowUp'], scope: 'editor', label: 'shortcuts.editor.moveUp' },
  { id: 'move-down', keys: ['Alt+ArrowDown'], scope: 'editor', label: 'shortcuts.editor.moveDown' },
  { id: 'duplicate', keys: ['Mod+D'], scope: 'editor', label: 'shortcuts.editor.duplicate' },
  { id: 'delete', keys: ['Delete'], scope: 'editor', label: 'shortcuts.editor.delete' },
  { id: 'copy', keys: ['Mod+C'], scope: 'editor', label: 'shortcuts.editor.copy', clipboard: 'copy' },
  { id: 'cut', keys: ['Mod+X'], scope: 'editor', label: 'shortcuts.editor.cut', clipboard: 'cut' },
  { id: 'paste', keys: ['Mod+V'], scope: 'editor', label: 'shortcuts.editor.paste', clipboard: 'paste' },
  // F5 types nothing, so it starts the show even while a text is being edited, as in PowerPoint.
  { id: 'present-start', keys: ['F5'], scope: 'text', label: 'shortcuts.editor.presentStart' },
  { id: 'present-from-current', keys: ['Shift+F5'], scope: 'text', label: 'shortcuts.editor.presentFromCurrent' },
  { id: 'presenter-view', keys: ['Alt+F5'], scope: 'text', label: 'shortcuts.editor.presenterView' },
  { id: 'help', keys: ['F1', 'Shift+?', '?'], scope: 'editor', label: 'shortcuts.editor.help' },
] as const satisfies readonly EditorKeyRow[]

type Row = (typeof EDITOR_KEY_ROWS)[number]
/** What the dispatcher runs: every row but the clipboard's. */
export type EditorKeyAction = Exclude<Row, { clipboard: string }>['id']

/** The hotkey table the editor installs: one action for every dispatched row (a missing one is a compile error). */
export function editorHotkeys(actions: Record<EditorKeyAction, () => void>): Hotkey[] {
  return EDITOR_KEY_ROWS.flatMap((row) =>
    'clipboard' in row ? [] : [{ id: row.id, keys: row.keys, scope: row.scope, label: row.label, run: () => actions[row.id as EditorKeyAction]() }],
  )
}

/** The first key of a row, for a button's tooltip: “撤销 (Ctrl+Z)”. */
export function editorKeyOf(id: Row['id']): string {
  return EDITOR_KEY_ROWS.find((r) => r.id === id)?.keys[0] ?? ''
}

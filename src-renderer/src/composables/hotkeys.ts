import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue'

/**
 * Keyboard shortcuts as data. One dispatcher (`useHotkeys`) owns the listener, the gate for text
 * fields and dialogs, and `preventDefault`; a help overlay can list the same table.
 *
 * Keys are written like `Mod+Shift+Z` (Mod = Ctrl, or ⌘ on macOS), `Alt+ArrowUp`, `Delete`.
 */
export interface Hotkey {
  id: string
  keys: readonly string[]
  /** 'editor': only outside text fields; 'text': also while typing (undo/redo). */
  scope: 'editor' | 'text'
  run: (event: KeyboardEvent) => void
  /** An i18n key describing the action. */
  label: string
}

interface Combo {
  key: string
  mod: boolean
  shift: boolean
  alt: boolean
}

export function parseCombo(combo: string): Combo {
  const parts = combo.split('+')
  const key = parts.pop() ?? ''
  const mods = new Set(parts.map((p) => p.toLowerCase()))
  return { key: key.toLowerCase(), mod: mods.has('mod') || mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt') }
}

export function matchesCombo(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, combo: string): boolean {
  const c = parseCombo(combo)
  const mod = event.ctrlKey || event.metaKey
  return event.key.toLowerCase() === c.key && mod === c.mod && event.shiftKey === c.shift && event.altKey === c.alt
}

/** Focus is in something that takes typing. */
export function isTextTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || typeof el.closest !== 'function') return false
  return el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
}

/** The hotkey an event triggers, after the text-field and dialog gates; null when none. */
export function findHotkey(table: readonly Hotkey[], event: KeyboardEvent): Hotkey | null {
  if (event.isComposing) return null
  if (typeof document !== 'undefined' && document.querySelector('[aria-modal="true"]')) return null
  const inText = isTextTarget(event.target)
  for (const hotkey of table) {
    if (inText && hotkey.scope !== 'text') continue
    if (hotkey.keys.some((k) => matchesCombo(event, k))) return hotkey
  }
  return null
}

/** Installs the one keydown listener for a table while the calling component is mounted. */
export function useHotkeys(table: MaybeRefOrGetter<readonly Hotkey[]>): void {
  function onKeydown(event: KeyboardEvent): void {
    const hotkey = findHotkey(toValue(table), event)
    if (!hotkey) return
    event.preventDefault()
    event.stopPropagation()
    hotkey.run(event)
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}

/** Keys the help writes as symbols or short names. */
const KEY_SYMBOLS: Record<string, string> = {
  Mod: 'Ctrl',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
}
/** Keys the help names in words, translated by the caller: `shortcuts.keys.<name>`. */
const KEY_WORDS: Record<string, string> = { ' ': 'space', Digits: 'digits' }

/**
 * The keys of a combination as the help shows them, each either a symbol (`Ctrl`, `↓`) or a word to
 * translate (`{ word: 'space' }`). `Shift+?` is just `?`: the shift is how `?` is typed.
 */
export function comboParts(combo: string): ({ symbol: string } | { word: string })[] {
  const parts = combo === ' ' ? [' '] : combo === 'Shift+?' ? ['?'] : combo.split('+')
  return parts.map((p) => (KEY_WORDS[p] ? { word: KEY_WORDS[p]! } : { symbol: KEY_SYMBOLS[p] ?? p }))
}

/** A key combination as text: `Ctrl+Shift+Z`, `Alt+↑`; words go through `word` (i18n), default English. */
export function formatCombo(combo: string, word: (name: string) => string = (name) => name): string {
  return comboParts(combo)
    .map((p) => ('word' in p ? word(p.word) : p.symbol))
    .join('+')
}

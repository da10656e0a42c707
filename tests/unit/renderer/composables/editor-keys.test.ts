// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { config, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { EDITOR_KEY_ROWS, editorHotkeys, type EditorKeyAction } from '../../../../src-renderer/src/composables/editor-keys'
import { findHotkey, formatCombo } from '../../../../src-renderer/src/composables/hotkeys'
import { SHOW_KEY_ROWS } from '../../../../src-renderer/src/composables/show-keys'
import ShortcutsDialog from '../../../../src-renderer/src/components/ShortcutsDialog.vue'
import ShowHelp from '../../../../src-renderer/src/components/show/ShowHelp.vue'
import { i18n } from '../../../../src-renderer/src/i18n'

config.global.plugins = [i18n, createPinia()]
const CJK = /[\u4e00-\u9fff]/

function actions(log: string[]): Record<EditorKeyAction, () => void> {
  const ids = EDITOR_KEY_ROWS.filter((r) => !('clipboard' in r)).map((r) => r.id as EditorKeyAction)
  return Object.fromEntries(ids.map((id) => [id, () => void log.push(id)])) as Record<EditorKeyAction, () => void>
}
function press(key: string, mods: Partial<KeyboardEventInit> = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, ...mods })
  Object.defineProperty(event, 'target', { value: document.body })
  return event
}

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
  document.body.innerHTML = ''
})

describe('the editor’s key table', () => {
  it('dispatches every row but the clipboard’s, whose keys the page’s copy/paste events carry out', () => {
    const log: string[] = []
    const table = editorHotkeys(actions(log))
    expect(table.map((h) => h.id)).not.toContain('copy')
    expect(findHotkey(table, press('c', { ctrlKey: true }))).toBeNull()
    findHotkey(table, press('ArrowDown', { altKey: true }))!.run(press('ArrowDown'))
    findHotkey(table, press('F1'))!.run(press('F1'))
    findHotkey(table, press('End'))!.run(press('End'))
    expect(log).toEqual(['move-down', 'help', 'last'])
  })

  it('gives no key two meanings', () => {
    const combos = EDITOR_KEY_ROWS.flatMap((r) => r.keys.map((k) => k.toLowerCase()))
    expect(new Set(combos).size).toBe(combos.length)
  })

  it('the F1 overlay lists every row of the editor’s table and of the show’s, with its keys', () => {
    const wrapper = mount(ShortcutsDialog, { attachTo: document.body })
    const help = document.querySelector('[data-testid="shortcuts-help"]')!
    const rows = [...help.querySelectorAll('[data-key-row]')].map((r) => r.getAttribute('data-key-row'))
    expect(rows).toEqual(expect.arrayContaining([...EDITOR_KEY_ROWS.map((r) => r.id), ...SHOW_KEY_ROWS.map((r) => r.id)]))
    const text = help.textContent ?? ''
    for (const row of EDITOR_KEY_ROWS) expect(text).toContain(i18n.global.t(row.label))
    expect(text).toContain('Ctrl+Shift+Z')
    expect(text).toContain('粘贴')
    wrapper.unmount()
  })

  it('has no Chinese left in the English help (空格, 数字 + Enter)', () => {
    i18n.global.locale.value = 'en'
    const dialog = mount(ShortcutsDialog, { attachTo: document.body })
    const show = mount(ShowHelp, { attachTo: document.body })
    const text = document.body.textContent ?? ''
    expect(text).toContain('Space')
    expect(text).toContain('Number+Enter')
    expect(text.match(CJK)).toBeNull()
    dialog.unmount()
    show.unmount()
  })

  it('writes keys as the help shows them', () => {
    expect(formatCombo('Mod+Shift+Z')).toBe('Ctrl+Shift+Z')
    expect(formatCombo('Shift+?')).toBe('?')
    expect(formatCombo(' ', (w) => (w === 'space' ? '空格' : w))).toBe('空格')
    expect(formatCombo('Digits+Enter', (w) => (w === 'digits' ? '页码' : w))).toBe('页码+Enter')
  })
})

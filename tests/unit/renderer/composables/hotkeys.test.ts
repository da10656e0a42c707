// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { findHotkey, formatCombo, matchesCombo, useHotkeys, type Hotkey } from '../../../../src-renderer/src/composables/hotkeys'

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent

describe('matchesCombo', () => {
  it('matches modifiers exactly; Mod is Ctrl or ⌘', () => {
    expect(matchesCombo(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true)
    expect(matchesCombo(key('z', { metaKey: true }), 'Mod+Z')).toBe(true)
    expect(matchesCombo(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false)
    expect(matchesCombo(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true)
    expect(matchesCombo(key('ArrowUp', { altKey: true }), 'Alt+ArrowUp')).toBe(true)
    expect(matchesCombo(key('ArrowUp'), 'Alt+ArrowUp')).toBe(false)
  })
  it('formats combos for the help', () => {
    expect(formatCombo('Alt+ArrowDown')).toBe('Alt+↓')
    expect(formatCombo('Mod+Y')).toBe('Ctrl+Y')
  })
})

describe('dispatcher', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })
  const run = { undo: vi.fn(), move: vi.fn() }
  const table: Hotkey[] = [
    { id: 'undo', keys: ['Mod+Z'], scope: 'text', run: run.undo, label: 'undo' },
    { id: 'move', keys: ['Alt+ArrowDown'], scope: 'editor', run: run.move, label: 'move' },
  ]

  it('gates text fields: only text-scope keys run while typing', () => {
    const input = document.createElement('input')
    document.body.append(input)
    const inText = (k: KeyboardEvent) => Object.assign(k, { target: input, isComposing: false })
    expect(findHotkey(table, inText(key('ArrowDown', { altKey: true })))?.id).toBeUndefined()
    expect(findHotkey(table, inText(key('z', { ctrlKey: true })))?.id).toBe('undo')
    const div = document.createElement('div')
    expect(findHotkey(table, Object.assign(key('ArrowDown', { altKey: true }), { target: div, isComposing: false }))?.id).toBe('move')
  })

  it('does nothing while a modal dialog is open or an IME is composing', () => {
    const target = document.createElement('div')
    expect(findHotkey(table, Object.assign(key('z', { ctrlKey: true }), { target, isComposing: true }))).toBeNull()
    const dialog = document.createElement('div')
    dialog.setAttribute('aria-modal', 'true')
    document.body.append(dialog)
    expect(findHotkey(table, Object.assign(key('z', { ctrlKey: true }), { target, isComposing: false }))).toBeNull()
  })

  it('useHotkeys owns one listener, prevents the default, and removes it on unmount', () => {
    const Comp = defineComponent({
      setup() {
        useHotkeys(table)
        return () => h('div')
      },
    })
    const w = mount(Comp)
    const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, cancelable: true, bubbles: true })
    document.body.dispatchEvent(event)
    expect(run.undo).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
    w.unmount()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    expect(run.undo).toHaveBeenCalledTimes(1)
  })
})

// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { MENU_ACTIONS, type MenuAction } from '@shared/api-channels'

let menuListener: ((action: MenuAction) => void) | null = null
vi.mock('../../../../src-renderer/src/bridge', () => ({
  onMenuAction: (listener: (action: MenuAction) => void) => {
    menuListener = listener
    return () => (menuListener = null)
  },
}))
const { resolveMenuAction, useMenuActions, useMenuDispatch } = await import('../../../../src-renderer/src/composables/menu-actions')

function defaults(log: string[]): Record<MenuAction, () => void> {
  return Object.fromEntries(MENU_ACTIONS.map((a) => [a, () => void log.push(`default:${a}`)])) as Record<MenuAction, () => void>
}

beforeEach(() => setActivePinia(createPinia()))

describe('menu actions in the renderer', () => {
  it('the most recently opened view takes a command; otherwise the app default runs', () => {
    const log: string[] = []
    const editor = { undo: () => log.push('editor:undo') }
    const dialog = { 'show-help': () => log.push('dialog:help') }
    resolveMenuAction('undo', [editor, dialog], defaults(log))()
    resolveMenuAction('show-help', [editor, dialog], defaults(log))()
    resolveMenuAction('redo', [editor, dialog], defaults(log))()
    expect(log).toEqual(['editor:undo', 'dialog:help', 'default:redo'])
  })

  it('a view takes commands while mounted, through the app’s one listener', () => {
    const log: string[] = []
    const View = defineComponent({
      setup() {
        useMenuActions({ undo: () => log.push('deck undo') })
        return () => h('div')
      },
    })
    const App = defineComponent({
      props: { open: Boolean },
      setup(props) {
        useMenuDispatch(defaults(log))
        return () => h('main', props.open ? [h(View)] : [])
      },
    })
    const app = mount(App, { props: { open: true } })
    menuListener!('undo')
    return app.setProps({ open: false }).then(() => {
      menuListener!('undo')
      expect(log).toEqual(['deck undo', 'default:undo'])
      app.unmount()
      expect(menuListener).toBeNull()
    })
  })
})

import { defineStore } from 'pinia'
import { onBeforeUnmount, onMounted, shallowRef } from 'vue'
import type { MenuAction } from '@shared/api-channels'
import { onMenuAction } from '../bridge'

/** What a view does with some menu commands while it is open. */
export type MenuHandlers = Partial<Record<MenuAction, () => void>>

/**
 * The application menu's commands in the renderer. The open views stack their handlers (the editor's
 * 撤销 undoes the deck, the show's 快捷键 opens the show's help); a command no view takes runs the app's
 * default, which `useMenuDispatch` requires for every action, so a new menu action cannot go unhandled.
 */
export const useMenuActionsStore = defineStore('menuActions', () => {
  const layers = shallowRef<readonly MenuHandlers[]>([])
  return {
    layers,
    push: (handlers: MenuHandlers) => void (layers.value = [...layers.value, handlers]),
    remove: (handlers: MenuHandlers) => void (layers.value = layers.value.filter((h) => h !== handlers)),
  }
})

/** The handler a command runs: the most recently opened view's, else the default. */
export function resolveMenuAction(action: MenuAction, layers: readonly MenuHandlers[], defaults: Record<MenuAction, () => void>): () => void {
  for (let i = layers.length - 1; i >= 0; i--) {
    const handler = layers[i]![action]
    if (handler) return handler
  }
  return defaults[action]
}

/** A view takes these commands while it is mounted. */
export function useMenuActions(handlers: MenuHandlers): void {
  const store = useMenuActionsStore()
  onMounted(() => store.push(handlers))
  onBeforeUnmount(() => store.remove(handlers))
}

/** The app's one listener for menu commands (App.vue), with a default for every command. */
export function useMenuDispatch(defaults: Record<MenuAction, () => void>): (action: MenuAction) => void {
  const store = useMenuActionsStore()
  const dispatch = (action: MenuAction) => resolveMenuAction(action, store.layers, defaults)()
  const stop = onMenuAction(dispatch)
  onBeforeUnmount(stop)
  return dispatch
}

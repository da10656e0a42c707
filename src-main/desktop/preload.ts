import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_NAMES, MENU_ACTIONS, MENU_CHANNEL, ipcChannel, type MenuAction } from '../../src-shared/api-channels'
import type { HuibaoBridge } from '../../src-shared/api'

/** Exactly the typed api, one function per entry; never ipcRenderer itself. */
function buildBridge(): HuibaoBridge {
  const calls = Object.fromEntries(
    API_NAMES.map((name) => [name, (request: unknown) => ipcRenderer.invoke(ipcChannel(name), request)]),
  )
  return {
    ...calls,
    onMenuAction(listener: (action: MenuAction) => void) {
      const wrapped = (_event: IpcRendererEvent, action: unknown) => {
        if ((MENU_ACTIONS as readonly unknown[]).includes(action)) listener(action as MenuAction)
      }
      ipcRenderer.on(MENU_CHANNEL, wrapped)
      return () => void ipcRenderer.removeListener(MENU_CHANNEL, wrapped)
    },
  } as HuibaoBridge
}

contextBridge.exposeInMainWorld('huibao', buildBridge())

import { dialog, shell, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { EXPORT_FILE_TYPES, type DesktopShell } from '../services/desktop-files'

/** The system dialogs and file manager, for the services that need them (saving an exported file). */
export function createDesktopShell(getWindow: () => BrowserWindow | null, documentsDir: string): DesktopShell {
  return {
    async chooseSavePath(defaultName, format) {
      const type = EXPORT_FILE_TYPES[format]
      const options = {
        title: `保存${type.name}`,
        defaultPath: join(documentsDir, defaultName),
        buttonLabel: '保存',
        filters: [{ name: type.name, extensions: [type.extension] }],
      }
      const window = getWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    showItemInFolder(path) {
      shell.showItemInFolder(path)
    },
  }
}

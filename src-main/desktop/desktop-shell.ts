import { dialog, shell, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { DesktopShell } from '../services/desktop-files'

/** The system dialogs and file manager, for the services that need them (saving a PDF). */
export function createDesktopShell(getWindow: () => BrowserWindow | null, documentsDir: string): DesktopShell {
  return {
    async chooseSavePath(defaultName) {
      const options = {
        title: '保存 PDF',
        defaultPath: join(documentsDir, defaultName),
        buttonLabel: '保存',
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
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

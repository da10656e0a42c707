import { basename } from 'node:path'
import { ApiError } from '../../src-shared/errors'
import type { ExportFormat } from '../../src-shared/api'
import { writeFileAtomic } from './atomic-write'

/** What only the desktop shell can do for the services: system dialogs and the file manager. */
export interface DesktopShell {
  /** The system save dialog for a file of `format`; null when the person cancels. */
  chooseSavePath(defaultName: string, format: ExportFormat): Promise<string | null>
  /** Reveals a file in Explorer / Finder. */
  showItemInFolder(path: string): void
}

/** Each export format's file extension and its name in the save dialog's filter. */
export const EXPORT_FILE_TYPES: { readonly [F in ExportFormat]: { extension: string; name: string } } = {
  pdf: { extension: 'pdf', name: 'PDF 文件' },
  pptx: { extension: 'pptx', name: 'PowerPoint 演示文稿' },
}

/**
 * Saving exported files where the person chooses. Only paths the person picked in this session can be
 * revealed afterwards, so a page can never make the shell open an arbitrary path.
 */
export function createDesktopFiles(shell: DesktopShell | undefined) {
  const saved = new Set<string>()
  const requireShell = (): DesktopShell => {
    if (!shell) throw new ApiError('forbidden', '浏览器模式下请使用下载保存文件。')
    return shell
  }
  return {
    async saveExportFile(fileName: string, dataBase64: string, format: ExportFormat): Promise<{ path: string | null }> {
      const desktop = requireShell()
      const { extension } = EXPORT_FILE_TYPES[format]
      const name = basename(fileName).replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_') || `汇报.${extension}`
      const path = await desktop.chooseSavePath(name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`, format)
      if (!path) return { path: null }
      try {
        await writeFileAtomic(path, Buffer.from(dataBase64, 'base64'))
      } catch (error) {
        throw new ApiError('io', `无法保存到“${path}”：${(error as NodeJS.ErrnoException).code === 'EACCES' ? '没有写入权限' : (error as Error).message}。请换一个位置。`)
      }
      saved.add(path)
      return { path }
    },
    async showInFolder(path: string): Promise<{ ok: true }> {
      const desktop = requireShell()
      if (!saved.has(path)) throw new ApiError('forbidden', '只能打开本次保存的文件所在的文件夹。')
      desktop.showItemInFolder(path)
      return { ok: true }
    },
  }
}

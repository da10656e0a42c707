/** Why a PDF export failed, in one Chinese sentence a user can act on. */
export type PdfExportErrorCode = 'font-missing' | 'empty-selection' | 'bad-options' | 'unwritable' | 'render-failed'

export class PdfExportError extends Error {
  constructor(
    readonly code: PdfExportErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'PdfExportError'
  }
}

/** A clear message for a file-system error while writing `file` (a PDF, or `what` the export made). */
export function unwritableMessage(error: unknown, file: string, what = 'PDF'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return `无法保存 ${what}：文件夹不存在（${file}）。`
    case 'EACCES':
    case 'EPERM':
      return `无法保存 ${what}：没有权限写入“${file}”。`
    case 'EISDIR':
      return `无法保存 ${what}：“${file}”是一个文件夹。`
    case 'EROFS':
      return `无法保存 ${what}：“${file}”所在的磁盘是只读的。`
    case 'ENOSPC':
      return `无法保存 ${what}：磁盘空间不足（${file}）。`
    case 'ENOTDIR':
      return `无法保存 ${what}：路径中有一段不是文件夹（${file}）。`
    case 'EBUSY':
      return `无法保存 ${what}：“${file}”正被其他程序占用，请关闭后重试。`
    default:
      return `无法保存 ${what} 到“${file}”。`
  }
}

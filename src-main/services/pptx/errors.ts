/** Why a PowerPoint export failed, in one Chinese sentence a user can act on. */
export type PptxExportErrorCode = 'empty' | 'unwritable' | 'render-failed'

export class PptxExportError extends Error {
  constructor(
    readonly code: PptxExportErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'PptxExportError'
  }
}

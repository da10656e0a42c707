/**
 * Errors that cross the process boundary. The code tells the UI what to offer (retry, reload, restore);
 * the message is a complete sentence in Chinese that a user can act on.
 */
export const API_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'conflict',
  'read-only',
  'damaged',
  'invalid-id',
  'import-failed',
  'io',
  'forbidden',
  /** Too much is running already (e.g. the export queue is full): try again in a moment. */
  'busy',
  /** The request was cancelled (its window closed, or the app is quitting). */
  'cancelled',
  'internal',
  // The workspace's disk or folder refused a read or write (see WORKSPACE_ERROR_MESSAGES).
  'disk-full',
  'disk-read-only',
  'no-permission',
  'busy',
] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/** The errors the workspace's disk causes, which need the same words wherever they happen. */
export type WorkspaceErrorCode = Extract<ApiErrorCode, 'disk-full' | 'disk-read-only' | 'no-permission' | 'busy'>
export type MessageLocale = 'zh-CN' | 'en'

/**
 * What the person is told, in both interface languages. Every one says that nothing on disk changed, and
 * what to do next. The services send the Chinese; the interface shows the English when set to English.
 */
export const WORKSPACE_ERROR_MESSAGES: Record<WorkspaceErrorCode, Record<MessageLocale, string>> = {
  'disk-full': {
    'zh-CN': '磁盘空间已满，这次更改没有写入，磁盘上的文件保持原样。请清理磁盘空间（例如清空回收站）后重试。',
    en: 'The disk is full, so this change was not written; the files on disk are unchanged. Free up some disk space (for example, empty the Recycle Bin) and try again.',
  },
  'disk-read-only': {
    'zh-CN': '工作区所在的磁盘是只读的（例如写保护的 U 盘或光盘），这次更改没有写入，磁盘上的文件保持原样。请把工作区放到可以写入的磁盘上。',
    en: 'The disk that holds the workspace is read-only (a write-protected USB drive or a disc, for example), so this change was not written; the files on disk are unchanged. Move the workspace to a disk that can be written.',
  },
  'no-permission': {
    'zh-CN': '没有权限读写工作区中的文件（文件可能正被其他程序占用，或文件夹不允许修改），操作没有完成，磁盘上的文件保持原样。请关闭占用它的程序或检查文件夹权限后重试。',
    en: 'Huibao is not allowed to read or write a file in the workspace (another program may be using it, or the folder does not allow changes). Nothing was done and the files on disk are unchanged. Close the other program or check the folder’s permissions, then try again.',
  },
  busy: {
    'zh-CN': '这份文件正在另一个窗口或程序中保存，这次更改没有写入。请稍后重试。',
    en: 'This file is being saved in another window or program, so this change was not written. Try again in a moment.',
  },
}

export function isWorkspaceErrorCode(code: string): code is WorkspaceErrorCode {
  return Object.prototype.hasOwnProperty.call(WORKSPACE_ERROR_MESSAGES, code)
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface ApiErrorPayload {
  code: ApiErrorCode
  message: string
}

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return { code: error.code, message: error.message }
  return { code: 'internal', message: '发生了意外错误，操作未完成。您的数据未被改动，请重试。' }
}

export function isErrorPayload(value: unknown): value is ApiErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorPayload).code === 'string' &&
    (API_ERROR_CODES as readonly string[]).includes((value as ApiErrorPayload).code) &&
    typeof (value as ApiErrorPayload).message === 'string'
  )
}

/**
 * The sentence to show for anything thrown: an ApiError's or Error's message, or the value as text. The
 * one place that knows how to read an unknown error (renderer, CLI and hosts alike).
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
